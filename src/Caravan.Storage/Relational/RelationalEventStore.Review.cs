using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Caravan.Core.Audit;
using Caravan.Core.Documents;
using Caravan.Core.Entities;
using Caravan.Core.Events;
using Caravan.Core.Review;
using Caravan.Core.Sharing;
using Caravan.Storage.Export;

namespace Caravan.Storage.Relational;

/// <summary>Analysts' decisions on events, each one a revision with the event before and after.</summary>
public abstract partial class RelationalEventStore
{
    public StoredEvent? GetEvent(long id) =>
        Query("WHERE e.id = @id", c => Add(c, "@id", id), 1, 0).SingleOrDefault();

    /// <summary>An event as it stands inside a transaction that just wrote it.</summary>
    private StoredEvent EventById(long id, DbTransaction transaction) => Query("WHERE e.id = @id", c => Add(c, "@id", id), 1, 0, EventSort.Date, transaction).Single();

    public StoredEvent ReviewEvent(long id, ReviewAction action, ExtractedEvent? edited, string analyst, string? note)
    {
        if (action == ReviewAction.Add)
        {
            throw new ArgumentException("An event is added with AddEvent, not reviewed.", nameof(action));
        }

        if (action == ReviewAction.Edit && edited is null)
        {
            throw new ArgumentException("An edit needs the edited event.", nameof(edited));
        }

        var before = GetEvent(id) ?? throw new StoreException($"There is no event {id}.");
        EnsureMayChange(before.Marking, $"Event {id}");
        var at = DateTimeOffset.UtcNow;
        using var transaction = connection.BeginTransaction();
        using (var update = Command(
            action == ReviewAction.Edit
                ? """
                  UPDATE events SET type = @type, date = @date, date_end = @end, date_precision = @precision, date_first_day = @first,
                      country = @country, admin1 = @admin1, location = @location, latitude = @lat, longitude = @lon, geo_precision = @geo,
                      actors = @actors, targets = @targets, fatalities = @fatalities, injured = @injured, arrested = @arrested,
                      evidence = @evidence, evidence_start = @start, confidence = @confidence,
                      review_state = @state, reviewed_by = @analyst, reviewed_at = @at, locally_changed = CASE WHEN stix_id IS NULL THEN 0 ELSE 1 END
                  WHERE id = @id
                  """
                : "UPDATE events SET review_state = @state, reviewed_by = @analyst, reviewed_at = @at, locally_changed = CASE WHEN stix_id IS NULL THEN 0 ELSE 1 END WHERE id = @id",
            transaction))
        {
            if (action == ReviewAction.Edit)
            {
                // The evidence is what the source says; an edit changes what we make of it, never the quotation.
                BindEvent(update, edited! with { Evidence = before.Event.Evidence, EvidenceStart = before.Event.EvidenceStart, Confidence = 1.0 });
            }

            Add(update, "@state", action.Outcome().ToWireName());
            Add(update, "@analyst", analyst);
            Add(update, "@at", at.ToString("O", CultureInfo.InvariantCulture));
            Add(update, "@id", id);
            update.ExecuteNonQuery();
        }

        var after = EventById(id, transaction);
        RecordRevision(transaction, id, action, analyst, at, note, before, after);
        MarkForPublishing(before.DocumentId, transaction);
        AuditChange(transaction, analyst, AuditActions.Review, $"event/{id}", action.ToWireName(), note);
        transaction.Commit();
        return after;
    }

    public StoredEvent AddEvent(DocumentId document, ExtractedEvent added, string analyst, string? note)
    {
        EnsureMayChangeDocument(document);

        var at = DateTimeOffset.UtcNow;
        using var transaction = connection.BeginTransaction();
        var id = InsertEvent(document, added with { Confidence = 1.0 }, transaction, ReviewState.Manual, analyst, at);
        var stored = EventById(id, transaction);
        RecordRevision(transaction, id, ReviewAction.Add, analyst, at, note, null, stored);
        MarkForPublishing(document, transaction);
        AuditChange(transaction, analyst, AuditActions.Review, $"event/{stored.Id}", "add", note);
        transaction.Commit();
        return stored;
    }

    public IReadOnlyList<EventRevision> EventHistory(long id) =>
        Revisions("r.event_id = @id", "ORDER BY r.id", c => Add(c, "@id", id));

    public IReadOnlyList<EventRevision> RecentRevisions(int limit) =>
        Revisions("1 = 1", "ORDER BY r.id DESC LIMIT @limit", c => Add(c, "@limit", limit));

    public bool UpdateReceivedDocument(DocumentRecord received)
    {
        if (received.ModifiedAt is not { } version || received.ReceivedFrom is not { } from)
        {
            return false;
        }

        using var transaction = connection.BeginTransaction();
        DateTimeOffset? held;
        using (var find = Command("SELECT modified_at FROM documents WHERE id = @id AND owner_org = @owner AND received_from IS NOT NULL", transaction))
        {
            Add(find, "@id", received.Id.Value);
            Add(find, "@owner", received.Marking.Owner);
            using var reader = find.ExecuteReader();
            if (!reader.Read())
            {
                return false; // not a copy of this sender's document
            }

            held = reader.IsDBNull(0) ? null : DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture);
        }

        if (held is { } current && version <= current)
        {
            return false;
        }

        using (var update = Command(
            "UPDATE documents SET title = @title, outlet = @outlet, published = @published, tlp = @tlp, stated_owner = @stated, modified_at = @modified WHERE id = @id",
            transaction))
        {
            Add(update, "@id", received.Id.Value);
            Add(update, "@title", Nullable(received.Metadata.Title));
            Add(update, "@outlet", Nullable(received.Metadata.Outlet));
            Add(update, "@published", Nullable(received.Metadata.Published?.ToString()));
            Add(update, "@tlp", received.Marking.Tlp.ToWireName());
            Add(update, "@stated", Nullable(from.StatedOwner));
            Add(update, "@modified", version.ToString("O", CultureInfo.InvariantCulture));
            update.ExecuteNonQuery();
        }

        AuditChange(transaction, Actor, AuditActions.Sync, "document/" + received.Id.Value, $"newer version from {from.Source}: marked {received.Marking.Tlp.Label()}", from.Source);
        transaction.Commit();
        return true;
    }

    public ReceivedEventsOutcome SaveReceivedEvents(DocumentId document, IReadOnlyList<ReceivedEvent> events)
    {
        EnsureOwnedByReader(VisibleDocumentMarking(document));
        foreach (var received in events)
        {
            EnsureOwnedByReader(received.Marking);
        }

        using var transaction = connection.BeginTransaction();
        var outcome = ReceivedEventsOutcome.None;
        foreach (var received in events)
        {
            outcome = outcome.Plus(SaveReceived(document, received, transaction));
        }

        transaction.Commit();
        return outcome;
    }

    public DocumentId? DocumentOfReceivedEvent(string stixId, string owner)
    {
        using var find = Command($"SELECT e.document_id FROM events e WHERE e.stix_id = @stix AND e.owner_org = @owner AND {Visible("e")}");
        Add(find, "@stix", stixId);
        Add(find, "@owner", owner);
        return find.ExecuteScalar() is string id ? new DocumentId(id) : null;
    }

    private ReceivedEventsOutcome SaveReceived(DocumentId document, ReceivedEvent received, DbTransaction transaction)
    {
        // Known by id among the same owner's events only: another organisation's copy, visible or not, says nothing here.
        long? known = null;
        string? knownVersion = null;
        var changedHere = false;
        using (var find = Command("SELECT id, received_version, locally_changed FROM events WHERE stix_id = @stix AND owner_org = @owner", transaction))
        {
            Add(find, "@stix", received.StixId);
            Add(find, "@owner", received.Marking.Owner);
            using var reader = find.ExecuteReader();
            if (reader.Read())
            {
                (known, knownVersion, changedHere) = (reader.GetInt64(0), String(reader, 1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture) != 0);
            }
        }

        var version = received.Version?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        if (known is not { } id)
        {
            var added = InsertEvent(document, received.Event, transaction, received.Review, received.ReviewedBy, received.ReviewedAt, received.Marking, received.StixId);
            SetReceivedVersion(added, version, transaction);
            RecordComments(added, received.Comments, transaction);
            return new(1, 0, 0, 0);
        }

        // An older or equal version (a repeated pull, an old file) changes nothing.
        if (version is null || (knownVersion is not null && string.CompareOrdinal(version, knownVersion) <= 0))
        {
            return ReceivedEventsOutcome.None;
        }

        var before = EventById(id, transaction);
        var sender = received.From ?? received.Marking.Owner;
        var author = received.ReviewedBy is { } by ? $"{by} ({sender})" : sender;
        var at = received.Version ?? DateTimeOffset.UtcNow;
        SetReceivedVersion(id, version, transaction);
        if (received.Revoked)
        {
            UpdateReview(id, ReviewState.Rejected, author, at, transaction);
            var withdrawn = EventById(id, transaction);
            RecordRevision(transaction, id, ReviewAction.Reject, author, at, $"withdrawn (revoked) by {sender}", before, withdrawn);
            AuditChange(transaction, sender, AuditActions.Review, $"event/{id}", "revoked by the sender", null);
            return new(0, 0, 1, 0);
        }

        var theirs = before with
        {
            Event = received.Event with { Evidence = before.Event.Evidence, EvidenceStart = before.Event.EvidenceStart },
            Review = received.Review,
            ReviewedBy = received.ReviewedBy,
            ReviewedAt = received.ReviewedAt,
        };
        if (changedHere)
        {
            // A local analyst's edit stays; the sender's newer version is kept beside it in the history.
            RecordRevision(transaction, id, ReviewAction.Edit, author, at,
                $"version of {version} from {sender} not applied: an analyst here changed this event since; theirs is in 'after'", before, theirs);
            return new(0, 0, 0, 1);
        }

        using (var update = Command(
            """
            UPDATE events SET type = @type, date = @date, date_end = @end, date_precision = @precision, date_first_day = @first,
                country = @country, admin1 = @admin1, location = @location, latitude = @lat, longitude = @lon, geo_precision = @geo,
                actors = @actors, targets = @targets, fatalities = @fatalities, injured = @injured, arrested = @arrested,
                evidence = @evidence, evidence_start = @start, confidence = @confidence
            WHERE id = @id
            """, transaction))
        {
            BindEvent(update, theirs.Event);
            Add(update, "@id", id);
            update.ExecuteNonQuery();
        }

        UpdateReview(id, received.Review, received.ReviewedBy, received.ReviewedAt, transaction);
        var after = EventById(id, transaction);
        RecordRevision(transaction, id, ReviewAction.Edit, author, at, $"version of {version} from {sender}", before, after);
        RecordComments(id, received.Comments.Where(c => before.ReviewedAt is not { } last || c.At > last).ToList(), transaction);
        return new(0, 1, 0, 0);
    }

    private void SetReceivedVersion(long id, string? version, DbTransaction transaction)
    {
        using var update = Command("UPDATE events SET received_version = @version WHERE id = @id", transaction);
        Add(update, "@version", Nullable(version));
        Add(update, "@id", id);
        update.ExecuteNonQuery();
    }

    private void UpdateReview(long id, ReviewState state, string? analyst, DateTimeOffset? at, DbTransaction transaction)
    {
        using var update = Command("UPDATE events SET review_state = @state, reviewed_by = @analyst, reviewed_at = @at WHERE id = @id", transaction);
        Add(update, "@state", state.ToWireName());
        Add(update, "@analyst", Nullable(analyst));
        Add(update, "@at", Nullable(at?.ToString("O", CultureInfo.InvariantCulture)));
        Add(update, "@id", id);
        update.ExecuteNonQuery();
    }

    private void RecordComments(long id, IReadOnlyList<ReceivedComment> comments, DbTransaction transaction)
    {
        if (comments.Count == 0)
        {
            return;
        }

        var stored = EventById(id, transaction);
        foreach (var comment in comments)
        {
            RecordRevision(transaction, id, comment.Action, comment.Analyst, comment.At, comment.Note, null, stored);
        }
    }

    public ReextractOutcome Reextract(DocumentId document, IReadOnlyList<Entity> entities, IReadOnlyList<ExtractedEvent> events)
    {
        EnsureMayChangeDocument(document);
        using var transaction = connection.BeginTransaction();
        var decided = new HashSet<string>(StringComparer.Ordinal);
        var kept = 0;
        using (var human = Command("SELECT extracted_key FROM events WHERE document_id = @doc AND review_state <> 'machine'", transaction))
        {
            Add(human, "@doc", document.Value);
            using var reader = human.ExecuteReader();
            while (reader.Read())
            {
                kept++;
                if (!reader.IsDBNull(0))
                {
                    decided.Add(reader.GetString(0));
                }
            }
        }

        using var removeEvents = Command("DELETE FROM events WHERE document_id = @doc AND review_state = 'machine'", transaction);
        Add(removeEvents, "@doc", document.Value);
        var removed = removeEvents.ExecuteNonQuery();

        using var removeEntities = Command("DELETE FROM entities WHERE document_id = @doc", transaction);
        Add(removeEntities, "@doc", document.Value);
        removeEntities.ExecuteNonQuery();
        InsertEntities(document, entities, transaction);

        var added = 0;
        foreach (var e in events.Where(e => !decided.Contains(ExtractedKey(e))))
        {
            InsertEvent(document, e, transaction);
            added++;
        }

        MarkForPublishing(document, transaction);
        transaction.Commit();
        return new ReextractOutcome(removed, added, kept);
    }

    private void RecordRevision(DbTransaction transaction, long eventId, ReviewAction action, string analyst, DateTimeOffset at, string? note, StoredEvent? before, StoredEvent after)
    {
        using var insert = Command(
            "INSERT INTO event_revisions (event_id, action, analyst, at, note, before, after) VALUES (@event, @action, @analyst, @at, @note, @before, @after)",
            transaction);
        Add(insert, "@event", eventId);
        Add(insert, "@action", action.ToWireName());
        Add(insert, "@analyst", analyst);
        Add(insert, "@at", at.ToString("O", CultureInfo.InvariantCulture));
        Add(insert, "@note", Nullable(string.IsNullOrWhiteSpace(note) ? null : note.Trim()));
        Add(insert, "@before", Nullable(before is null ? null : Snapshot(before)));
        Add(insert, "@after", Snapshot(after));
        insert.ExecuteNonQuery();
    }

    private static string Snapshot(StoredEvent stored) => EventJson.ToJson(stored).ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    private List<EventRevision> Revisions(string condition, string order, Action<DbCommand> bind)
    {
        // Revisions of events the reader may not see are not shown either.
        using var command = Command(
            $"""
            SELECT r.id, r.event_id, r.action, r.analyst, r.at, r.note, r.before, r.after, e.tlp
            FROM event_revisions r JOIN events e ON e.id = r.event_id
            WHERE {Visible("e")} AND {condition}
            {order}
            """);
        bind(command);
        var revisions = new List<EventRevision>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ReviewActions.TryParse(reader.GetString(2), out var action);
            NoteRead($"event/{reader.GetInt64(1)}", reader.GetString(8));
            revisions.Add(new EventRevision(
                reader.GetInt64(0),
                reader.GetInt64(1),
                action,
                reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                String(reader, 5),
                String(reader, 6),
                reader.GetString(7)));
        }

        return revisions;
    }
}
