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
    ];
}
