namespace Caravan.Storage.Sqlite;

/// <summary>The SQLite schema, by version; each step runs once, in order, inside a transaction.</summary>
internal static class SqliteSchema
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE documents (
            id           TEXT PRIMARY KEY,
            source_path  TEXT NOT NULL,
            file_name    TEXT NOT NULL,
            media_type   TEXT NOT NULL,
            title        TEXT,
            outlet       TEXT,
            published    TEXT,
            text         TEXT NOT NULL,
            ingested_at  TEXT NOT NULL
        );
        CREATE INDEX ix_documents_file_name ON documents(file_name);

        CREATE TABLE entities (
            id          INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            name        TEXT NOT NULL,
            type        TEXT NOT NULL,
            country     TEXT,
            aliases     TEXT NOT NULL
        );
        CREATE INDEX ix_entities_document ON entities(document_id);
        CREATE INDEX ix_entities_name ON entities(name);

        CREATE TABLE events (
            id             INTEGER PRIMARY KEY,
            document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            type           TEXT NOT NULL,
            date           TEXT,
            date_end       TEXT,
            date_precision TEXT,
            date_first_day TEXT,
            country        TEXT,
            admin1         TEXT,
            location       TEXT,
            latitude       REAL,
            longitude      REAL,
            geo_precision  TEXT NOT NULL,
            actors         TEXT NOT NULL,
            targets        TEXT NOT NULL,
            fatalities     INTEGER,
            injured        INTEGER,
            arrested       INTEGER,
            evidence       TEXT NOT NULL,
            evidence_start INTEGER NOT NULL,
            confidence     REAL NOT NULL
        );
        CREATE INDEX ix_events_document ON events(document_id);
        CREATE INDEX ix_events_country_date ON events(country, date_first_day);
        CREATE INDEX ix_events_type_date ON events(type, date_first_day);
        CREATE INDEX ix_events_date ON events(date_first_day);
        """,
        """
        CREATE TABLE kb_entities (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            type        TEXT NOT NULL,
            country     TEXT,
            merged_into INTEGER REFERENCES kb_entities(id),
            created_at  TEXT NOT NULL
        );
        CREATE INDEX ix_kb_entities_name ON kb_entities(name);

        CREATE TABLE kb_aliases (
            entity_id   INTEGER NOT NULL REFERENCES kb_entities(id),
            alias       TEXT NOT NULL,
            document_id TEXT,
            first_seen  TEXT NOT NULL,
            PRIMARY KEY (entity_id, alias)
        );
        CREATE INDEX ix_kb_aliases_alias ON kb_aliases(alias);

        CREATE TABLE kb_keys (
            key       TEXT NOT NULL,
            entity_id INTEGER NOT NULL REFERENCES kb_entities(id),
            PRIMARY KEY (key, entity_id)
        );

        CREATE TABLE kb_links (
            document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entity_name TEXT NOT NULL,
            entity_id   INTEGER NOT NULL REFERENCES kb_entities(id),
            PRIMARY KEY (document_id, entity_name)
        );
        CREATE INDEX ix_kb_links_entity ON kb_links(entity_id);

        CREATE TABLE kb_decisions (
            id              INTEGER PRIMARY KEY,
            action          TEXT NOT NULL,
            entity_id       INTEGER NOT NULL,
            other_entity_id INTEGER NOT NULL,
            alias           TEXT,
            analyst         TEXT NOT NULL,
            at              TEXT NOT NULL,
            note            TEXT
        );
        """,
    ];
}
