using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Caravan.Core.Audit;
using Caravan.Core.Dates;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Core.Resolution;
using Caravan.Core.Review;
using Caravan.Core.Sharing;

namespace Caravan.Storage.Relational;

/// <summary>
/// The store on a relational database, written once in the SQL that SQLite and PostgreSQL share: every
/// document saved in one transaction with its entities, events and knowledge-base links, so a crash leaves it
/// either whole or absent. Subclasses open the connection and give their schema.
/// </summary>
public abstract partial class RelationalEventStore : IEventStore, ICancellableStore
{
    private readonly DbConnection connection;
    private CancellationToken stopping;
    private CancellationTokenRegistration interruption;
    private DbCommand? running;

    /// <param name="reader">Whom every read and write of this store answers to, for its whole life.</param>
    protected RelationalEventStore(DbConnection connection, Reader reader)
    {
        this.connection = connection;
        Reader = reader;
    }

    /// <summary>
    /// Keeps concurrent writers from linking the same new name twice: the knowledge base is linked by one
    /// transaction at a time (SQLite has one writer anyway; PostgreSQL takes a transaction-scoped lock).
    /// </summary>
    protected virtual void LockKnowledgeBase(DbTransaction transaction)
    {
    }

    protected void ExecuteInTransaction(DbTransaction transaction, string sql) => Execute(sql, transaction);

    /// <summary>The schema, by version; each step runs once, in order, inside a transaction.</summary>
    protected abstract IReadOnlyList<string> Migrations { get; }

    public void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        var current = Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
        for (var version = current; version < Migrations.Count; version++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(Migrations[version], transaction);
            Execute($"INSERT INTO schema_version (version) VALUES ({version + 1})", transaction);
            transaction.Commit();
        }
    }

    public DocumentId? FindVisibleCopy(DocumentId content)
    {
        using var command = Command(
            $"""
            SELECT d.id FROM documents d WHERE d.content_hash = @content AND {Visible("d")}
            ORDER BY CASE WHEN d.owner_org = @owner THEN 0 ELSE 1 END, d.ingested_at LIMIT 1
            """);
        Add(command, "@content", content.Value);
        Add(command, "@owner", Reader.Organisation ?? Marking.LocalOwner);
        return command.ExecuteScalar() is string id ? new DocumentId(id) : null;
    }

    public bool Contains(DocumentId id)
    {
        using var command = Command("SELECT 1 FROM documents WHERE id = @id");
        Add(command, "@id", id.Value);
        return command.ExecuteScalar() is not null;
    }

    public SaveOutcome Save(DocumentRecord document, IReadOnlyList<Entity> entities, IReadOnlyList<ExtractedEvent> events, IEntityMatcher? matcher = null)
    {
        EnsureOwnedByReader(document.Marking);
        using var transaction = connection.BeginTransaction();
        using (var insert = Command(
            """
            INSERT INTO documents (id, source_path, file_name, media_type, title, outlet, published, text, ingested_at, owner_org, tlp, received_from, received_at,
                content_hash, stated_owner, modified_at)
            VALUES (@id, @path, @file, @media, @title, @outlet, @published, @text, @at, @owner, @tlp, @from, @received, @content, @stated, @modified)
            ON CONFLICT DO NOTHING
            """, transaction))
        {
            Add(insert, "@id", document.Id.Value);
            Add(insert, "@path", document.SourcePath);
            Add(insert, "@file", document.FileName);
            Add(insert, "@media", document.MediaType);
            Add(insert, "@title", (object?)document.Metadata.Title ?? DBNull.Value);
            Add(insert, "@outlet", (object?)document.Metadata.Outlet ?? DBNull.Value);
            Add(insert, "@published", (object?)document.Metadata.Published?.ToString() ?? DBNull.Value);
            Add(insert, "@text", document.Text);
            Add(insert, "@at", document.IngestedAt.ToString("O", CultureInfo.InvariantCulture));
            Add(insert, "@owner", document.Marking.Owner);
            Add(insert, "@tlp", document.Marking.Tlp.ToWireName());
            Add(insert, "@from", Nullable(document.ReceivedFrom?.Source));
            Add(insert, "@received", Nullable(document.ReceivedFrom?.At.ToString("O", CultureInfo.InvariantCulture)));
            Add(insert, "@content", DocumentId.FromContent(document.Text).Value);
            Add(insert, "@stated", Nullable(document.ReceivedFrom?.StatedOwner));
            Add(insert, "@modified", Nullable(document.ModifiedAt?.ToString("O", CultureInfo.InvariantCulture)));
            if (insert.ExecuteNonQuery() == 0)
            {
                return SaveOutcome.AlreadyPresent;
            }
        }

        InsertEntities(document.Id, entities, transaction);

        foreach (var e in events)
        {
            InsertEvent(document.Id, e, transaction);
        }

        if (document.ReceivedFrom is null)
        {
            MarkForPublishing(document.Id, transaction);
        }

        // A user's ingest is a change like any other; the instance's own bulk loads are counted by their command.
        if (!Reader.IsInstance)
        {
            AuditChange(transaction, Actor, AuditActions.Ingest, "document/" + document.Id.Value,
                $"{document.Marking.Tlp.Label()}, {events.Count} events", document.ReceivedFrom?.Source);
        }

        if (matcher is not null)
        {
            LockKnowledgeBase(transaction);
            Link(document.Id, entities, matcher, transaction);
        }

        transaction.Commit();
        return SaveOutcome.Added;
    }

    private void InsertEntities(DocumentId document, IReadOnlyList<Entity> entities, DbTransaction transaction) =>
        InsertRows(transaction, "INSERT INTO entities (document_id, name, type, country, aliases) VALUES {0}",
            [.. entities.Select(e => new object[] { document.Value, e.Name, e.Type.ToWireName(), (object?)e.Country ?? DBNull.Value, JsonSerializer.Serialize(e.Aliases) })]);

    /// <summary>Inserts one event and returns its id; machine events keep a key of what the extractor said, to know them again.</summary>
    /// <remarks>An event takes its document's marking unless it brings its own (received from a partner, with its STIX id).</remarks>
    private long InsertEvent(
        DocumentId documentId, ExtractedEvent e, DbTransaction transaction, ReviewState state = ReviewState.Machine, string? analyst = null, DateTimeOffset? at = null,
        Marking? marking = null, string? stixId = null)
    {
        using var insert = Command(
            """
            INSERT INTO events (document_id, type, date, date_end, date_precision, date_first_day, country, admin1, location,
                latitude, longitude, geo_precision, actors, targets, fatalities, injured, arrested, evidence, evidence_start, confidence,
                review_state, reviewed_by, reviewed_at, extracted_key, owner_org, tlp, stix_id)
            VALUES (@doc, @type, @date, @end, @precision, @first, @country, @admin1, @location, @lat, @lon, @geo, @actors, @targets,
                @fatalities, @injured, @arrested, @evidence, @start, @confidence, @state, @analyst, @at, @key,
                COALESCE(CAST(@owner AS TEXT), (SELECT owner_org FROM documents WHERE id = @doc)),
                COALESCE(CAST(@tlp AS TEXT), (SELECT tlp FROM documents WHERE id = @doc)),
                @stix)
            RETURNING id
            """, transaction);
        Add(insert, "@doc", documentId.Value);
        BindEvent(insert, e);
        Add(insert, "@state", state.ToWireName());
        Add(insert, "@analyst", Nullable(analyst));
        Add(insert, "@at", Nullable(at?.ToString("O", CultureInfo.InvariantCulture)));
        Add(insert, "@key", Nullable(state == ReviewState.Machine ? ExtractedKey(e) : null));
        Add(insert, "@owner", Nullable(marking?.Owner));
        Add(insert, "@tlp", Nullable(marking?.Tlp.ToWireName()));
        Add(insert, "@stix", Nullable(stixId));
        return Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The extractor's identity for an event: its type and where its evidence sentence starts.</summary>
    private static string ExtractedKey(ExtractedEvent e) => string.Create(CultureInfo.InvariantCulture, $"{e.Type.ToWireName()}@{e.EvidenceStart}");

    private static void BindEvent(DbCommand command, ExtractedEvent e)
    {
        Add(command, "@type", e.Type.ToWireName());
        Add(command, "@date", Nullable(e.Date?.ToString()));
        Add(command, "@end", Nullable(e.DateEnd?.ToString()));
        Add(command, "@precision", Nullable(e.Date?.Precision.ToString()));
        Add(command, "@first", Nullable(FirstDay(e.Date)));
        Add(command, "@country", Nullable(e.Place.Country));
        Add(command, "@admin1", Nullable(e.Place.Admin1));
        Add(command, "@location", Nullable(e.Place.Location));
        Add(command, "@lat", e.Place.Latitude is { } lat ? lat : DBNull.Value);
        Add(command, "@lon", e.Place.Longitude is { } lon ? lon : DBNull.Value);
        Add(command, "@geo", e.Place.Precision.ToString());
        Add(command, "@actors", JsonSerializer.Serialize(e.Actors));
        Add(command, "@targets", JsonSerializer.Serialize(e.Targets));
        Add(command, "@fatalities", e.Fatalities is { } f ? f : DBNull.Value);
        Add(command, "@injured", e.Injured is { } i ? i : DBNull.Value);
        Add(command, "@arrested", e.Arrested is { } a ? a : DBNull.Value);
        Add(command, "@evidence", e.Evidence);
        Add(command, "@start", e.EvidenceStart);
        Add(command, "@confidence", e.Confidence);
    }

    /// <summary>Inserts events without a document text of their own, in one transaction; for benchmarks and imports.</summary>
    public void SaveEvents(DocumentRecord document, IEnumerable<ExtractedEvent> events)
    {
        Save(document, [], []);
        using var transaction = connection.BeginTransaction();
        foreach (var e in events)
        {
            InsertEvent(document.Id, e, transaction);
        }

        transaction.Commit();
    }

    public StoredDocument? FindDocument(string reference)
    {
        using var command = Command(
            $"""
            SELECT d.id, d.source_path, d.file_name, d.media_type, d.title, d.outlet, d.published, d.text, d.ingested_at, d.owner_org, d.tlp, d.received_from, d.received_at, d.stated_owner, d.modified_at
            FROM documents d
            WHERE (d.id = @ref OR d.file_name = @ref OR (length(@ref) >= 6 AND d.id LIKE @prefix ESCAPE '\')) AND {Visible("d")}
            LIMIT 2
            """);
        Add(command, "@ref", reference);
        Add(command, "@prefix", LikePattern.StartingWith(reference));
        var found = new List<DocumentRecord>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var read = ReadDocument(reader);
                NoteRead("document/" + read.Id.Value, read.Marking.Tlp);
                found.Add(read);
            }
        }

        if (found.Count != 1)
        {
            return found.Count == 0 ? null : throw new StoreException($"'{reference}' names more than one document; give more of the id.");
        }

        var document = found[0];
        return new StoredDocument(document, ReadEntities(document.Id), Query("WHERE e.document_id = @doc", c => Add(c, "@doc", document.Id.Value), 100_000, 0, EventSort.Date));
    }

    public IReadOnlyList<StoredEvent> QueryEvents(EventQuery query)
    {
        var (where, bind) = Filter(query);
        return Query(where, bind, query.Limit, query.Offset, query.Sort);
    }

    /// <summary>The WHERE clause of an event query over events aliased "e" (visibility aside), and what binds its parameters.</summary>
    private static (string Where, Action<DbCommand> Bind) Filter(EventQuery query)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var binders = new List<Action<DbCommand>>();
        void Filter(string clause, string name, object value)
        {
            where.Append(" AND ").Append(clause);
            binders.Add(c => Add(c, name, value));
        }

        if (query.Country is { } country)
        {
            Filter("e.country = @country", "@country", country.ToUpperInvariant());
        }

        if (query.Admin1 is { } admin1)
        {
            Filter("lower(e.admin1) = @admin1", "@admin1", admin1.ToLowerInvariant());
        }

        if (query.Document is { } document)
        {
            Filter("e.document_id = @document", "@document", document.Value);
        }

        if (query.Review is { } review)
        {
            Filter("e.review_state = @review", "@review", review.ToWireName());
        }
        else
        {
            Filter("e.review_state <> @rejected", "@rejected", ReviewState.Rejected.ToWireName());
        }

        if (query.Type is { } type)
        {
            Filter("e.type = @type", "@type", type.ToWireName());
        }

        if (query.Since is { } since)
        {
            Filter("e.date_first_day >= @since", "@since", FirstDay(since)!);
        }

        if (query.Until is { } until)
        {
            Filter("e.date_first_day <= @until", "@until", LastDay(until));
        }

        if (query.Actor is { } actor)
        {
            Filter("(lower(e.actors) LIKE @actor ESCAPE '\\' OR lower(e.targets) LIKE @actor ESCAPE '\\')", "@actor", LikePattern.Containing(actor.ToLowerInvariant()));
        }

        if (query.Text is { } text)
        {
            Filter("(lower(e.evidence) LIKE @text ESCAPE '\\' OR lower(e.location) LIKE @text ESCAPE '\\')", "@text", LikePattern.Containing(text.ToLowerInvariant()));
        }

        return (where.ToString(), c => binders.ForEach(bind => bind(c)));
    }

    public int CountDocuments() => Convert.ToInt32(Scalar($"SELECT COUNT(*) FROM documents d WHERE {Visible("d")}"), CultureInfo.InvariantCulture);

    public int CountEvents() => Convert.ToInt32(Scalar($"SELECT COUNT(*) FROM events e WHERE {Visible("e")}"), CultureInfo.InvariantCulture);

    public void StopWhen(CancellationToken token)
    {
        interruption.Dispose();
        stopping = token;
        interruption = token.Register(static store => ((RelationalEventStore)store!).Interrupt(), this);
    }

    /// <summary>Stops the statement running on this store's connection, if one is; called from another thread.</summary>
    protected virtual void Interrupt()
    {
        try
        {
            Volatile.Read(ref running)?.Cancel();
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or DbException)
        {
            // The statement ended, or the connection closed, as the interruption came: nothing is left to stop.
        }
    }

    public void Dispose()
    {
        // Unbound first: the audit of what was read is written even for a request that was cut short.
        interruption.Dispose();
        stopping = CancellationToken.None;
        try
        {
            AuditSensitiveReads();
        }
        finally
        {
            connection.Dispose();
            GC.SuppressFinalize(this);
        }
    }

    // NULLS LAST rather than "x IS NULL, x": both dialects can then read a date index in order and stop at the
    // page's end instead of sorting every match (with the indexes of migration 4, the region query at a million
    // events went from 2.9 s, one run in sqlite3, to 3.7 ms at p95 over HTTP).
    private static string OrderBy(EventSort sort) => sort switch
    {
        EventSort.DateDescending => "e.date_first_day DESC NULLS LAST, e.id DESC",
        EventSort.Fatalities => "e.fatalities DESC NULLS LAST, e.id",
        EventSort.Confidence => "e.confidence, e.id",
        EventSort.Country => "e.country NULLS LAST, e.date_first_day NULLS LAST, e.id",
        EventSort.Type => "e.type, e.date_first_day NULLS LAST, e.id",
        EventSort.Stored => "e.id",
        _ => "e.date_first_day NULLS LAST, e.id",
    };

    // The page is chosen on the events table alone, so a sort over many matches carries only the sort key and
    // the id; the wide columns and the document are read for the page's rows only (about 6% off the
    // sort-by-fatalities query at a million events, the one that sorts every match).
    private List<StoredEvent> Query(string where, Action<DbCommand> bind, int limit, int offset, EventSort sort = EventSort.Date, DbTransaction? transaction = null)
    {
        using var command = Command(
            $"""
            SELECT e.id, e.document_id, d.file_name, d.outlet, e.type, e.date, e.date_end, e.country, e.admin1, e.location,
                   e.latitude, e.longitude, e.geo_precision, e.actors, e.targets, e.fatalities, e.injured, e.arrested,
                   e.evidence, e.evidence_start, e.confidence, e.review_state, e.reviewed_by, e.reviewed_at, e.owner_org, e.tlp, e.stix_id
            FROM events e JOIN documents d ON d.id = e.document_id
            WHERE e.id IN (SELECT e.id FROM events e {where} AND {Visible("e")} ORDER BY {OrderBy(sort)} LIMIT @limit OFFSET @offset)
            ORDER BY {OrderBy(sort)}
            """, transaction);
        bind(command);
        Add(command, "@limit", limit);
        Add(command, "@offset", offset);
        var events = new List<StoredEvent>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var e = ReadEvent(reader);
            NoteRead($"event/{e.Id}", e.Marking.Tlp);
            events.Add(e);
        }

        return events;
    }

    private static StoredEvent ReadEvent(DbDataReader r)
    {
        var e = new ExtractedEvent
        {
            Type = EventTypes.Parse(r.GetString(4)),
            Date = ParseDate(r, 5),
            DateEnd = ParseDate(r, 6),
            Place = new PlaceReference(
                String(r, 7), String(r, 8), String(r, 9),
                r.IsDBNull(10) ? null : r.GetDouble(10),
                r.IsDBNull(11) ? null : r.GetDouble(11),
                Enum.Parse<GeoPrecision>(r.GetString(12))),
            Actors = JsonSerializer.Deserialize<List<string>>(r.GetString(13)) ?? [],
            Targets = JsonSerializer.Deserialize<List<string>>(r.GetString(14)) ?? [],
            Fatalities = r.IsDBNull(15) ? null : Convert.ToInt32(r.GetValue(15), CultureInfo.InvariantCulture),
            Injured = r.IsDBNull(16) ? null : Convert.ToInt32(r.GetValue(16), CultureInfo.InvariantCulture),
            Arrested = r.IsDBNull(17) ? null : Convert.ToInt32(r.GetValue(17), CultureInfo.InvariantCulture),
            Evidence = r.GetString(18),
            EvidenceStart = Convert.ToInt32(r.GetValue(19), CultureInfo.InvariantCulture),
            Confidence = r.GetDouble(20),
        };
        return new StoredEvent(r.GetInt64(0), new DocumentId(r.GetString(1)), r.GetString(2), String(r, 3), e)
        {
            Review = ReviewStates.TryParse(r.GetString(21), out var state) ? state : ReviewState.Machine,
            ReviewedBy = String(r, 22),
            ReviewedAt = r.IsDBNull(23) ? null : DateTimeOffset.Parse(r.GetString(23), CultureInfo.InvariantCulture),
            Marking = new Marking(r.GetString(24), Tlps.Parse(r.GetString(25))),
            StixId = String(r, 26),
        };
    }

    private static DocumentRecord ReadDocument(DbDataReader r) => new(
        new DocumentId(r.GetString(0)),
        r.GetString(1),
        r.GetString(2),
        r.GetString(3),
        r.GetString(7),
        new DocumentMetadata(r.GetString(2), String(r, 4), ParseDate(r, 6), String(r, 5)),
        DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture))
    {
        Marking = new Marking(r.GetString(9), Tlps.Parse(r.GetString(10))),
        ReceivedFrom = r.IsDBNull(11) ? null : new Provenance(r.GetString(11), DateTimeOffset.Parse(r.GetString(12), CultureInfo.InvariantCulture)) { StatedOwner = String(r, 13) },
        ModifiedAt = r.IsDBNull(14) ? null : DateTimeOffset.Parse(r.GetString(14), CultureInfo.InvariantCulture),
    };

    private List<Entity> ReadEntities(DocumentId id)
    {
        using var command = Command("SELECT name, type, country, aliases FROM entities WHERE document_id = @doc ORDER BY id");
        Add(command, "@doc", id.Value);
        var entities = new List<Entity>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            EntityTypes.TryParse(reader.GetString(1), out var type);
            entities.Add(new Entity(reader.GetString(0), type, JsonSerializer.Deserialize<List<string>>(reader.GetString(3)) ?? []) { Country = String(reader, 2) });
        }

        return entities;
    }

    private static PartialDate? ParseDate(DbDataReader r, int column) =>
        !r.IsDBNull(column) && PartialDate.TryParse(r.GetString(column), out var date) ? date : null;

    private static string? String(DbDataReader r, int column) => r.IsDBNull(column) ? null : r.GetString(column);

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;

    /// <summary>The first day a date can mean, as sortable ISO text; year-less dates have none.</summary>
    internal static string? FirstDay(PartialDate? date) => date is { Year: { } year } d
        ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{d.Month ?? 1:D2}-{d.Day ?? 1:D2}")
        : null;

    internal static string LastDay(PartialDate date)
    {
        var year = date.Year ?? 9999;
        var month = date.Month ?? 12;
        var day = date.Day ?? DateTime.DaysInMonth(year, month);
        return string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>A command with its parameters bound, each a name and a value.</summary>
    private DbCommand Command(string sql, DbTransaction? transaction, IEnumerable<(string Name, object Value)> parameters)
    {
        var command = Command(sql, transaction);
        foreach (var (name, value) in parameters)
        {
            Add(command, name, value);
        }

        return command;
    }

    private DbCommand Command(string sql, DbTransaction? transaction = null)
    {
        stopping.ThrowIfCancellationRequested();
        var command = connection.CreateCommand();
        Volatile.Write(ref running, command);
        command.CommandText = sql;
        command.Transaction = transaction;
        if (sql.Contains(ReaderParameter, StringComparison.Ordinal))
        {
            Add(command, ReaderParameter, Reader.Organisation!);
        }

        return command;
    }

    private void Execute(string sql, DbTransaction? transaction = null)
    {
        using var command = Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    internal object? Scalar(string sql)
    {
        using var command = Command(sql);
        return command.ExecuteScalar();
    }
}
