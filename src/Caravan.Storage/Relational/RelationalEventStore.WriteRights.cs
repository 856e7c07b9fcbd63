using System.Data.Common;
using System.Globalization;
using Caravan.Core.Accounts;
using Caravan.Core.Documents;
using Caravan.Core.Sharing;

namespace Caravan.Storage.Relational;

/// <summary>
/// Where <see cref="WritePolicy"/> is applied: every method that changes a document, an event or an entity
/// asks here first, so a host cannot forget it.
/// </summary>
public abstract partial class RelationalEventStore
{
    private HashSet<(string Owner, string Partner)>? amberPartners;
    private HashSet<(string Owner, string Partner)>? editGrants;

    public void GrantEdits(string owner, string partner)
    {
        InsertPair("edit_grants", owner, partner);
        editGrants = null;
    }

    public IReadOnlyList<(string Owner, string Partner)> EditGrants() => Pairs("SELECT owner, partner FROM edit_grants ORDER BY owner, partner");

    public void ChangeMarking(DocumentId document, Tlp tlp)
    {
        var before = VisibleDocumentMarking(document);
        EnsureMayChange(before, $"Document {document.Short}");
        using var transaction = connection.BeginTransaction();
        using (var update = Command("UPDATE documents SET tlp = @tlp, modified_at = @modified WHERE id = @id", transaction))
        {
            Add(update, "@tlp", tlp.ToWireName());
            Add(update, "@modified", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            Add(update, "@id", document.Value);
            update.ExecuteNonQuery();
        }

        using (var events = Command("UPDATE events SET tlp = @tlp WHERE document_id = @id AND stix_id IS NULL", transaction))
        {
            Add(events, "@tlp", tlp.ToWireName());
            Add(events, "@id", document.Value);
            events.ExecuteNonQuery();
        }

        MarkForPublishing(document, transaction);
        AuditChange(transaction, Actor, Core.Audit.AuditActions.Share, "document/" + document.Value,
            $"marked {tlp.Label()}, was {before.Tlp.Label()}", null);
        transaction.Commit();
    }

    public bool MayChange(Marking marking)
    {
        amberPartners ??= [.. Partners()];
        editGrants ??= [.. EditGrants()];
        return WritePolicy.Allows(Reader, marking, (owner, partner) => editGrants.Contains((owner, partner)), (owner, partner) => amberPartners.Contains((owner, partner)));
    }

    private void EnsureMayChange(Marking marking, string what)
    {
        if (!MayChange(marking))
        {
            throw new WriteRefusedException(Reader.Role < Role.Analyst
                ? $"{what} cannot be changed by a viewer."
                : $"{what} belongs to {marking.Owner}, which has not granted {Reader.Organisation} edits.");
        }
    }

    /// <summary>A stored document's marking as the reader may see it; "not found" when the reader may not see it.</summary>
    private Marking VisibleDocumentMarking(DocumentId document, DbTransaction? transaction = null)
    {
        using var command = Command($"SELECT d.owner_org, d.tlp FROM documents d WHERE d.id = @id AND {Visible("d")}", transaction);
        Add(command, "@id", document.Value);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new Marking(reader.GetString(0), Tlps.Parse(reader.GetString(1)))
            : throw new StoreException($"There is no document {document.Value}.");
    }

    private void EnsureMayChangeDocument(DocumentId document) =>
        EnsureMayChange(VisibleDocumentMarking(document), $"Document {document.Short}");

    /// <summary>Merging or splitting an entity relinks every document that names it: the writer must be allowed to change each.</summary>
    private void EnsureMayChangeEntity(long entity)
    {
        using var command = Command("SELECT DISTINCT d.owner_org, d.tlp FROM kb_links l JOIN documents d ON d.id = l.document_id WHERE l.entity_id = @id");
        Add(command, "@id", entity);
        var markings = new List<Marking>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                markings.Add(new Marking(reader.GetString(0), Tlps.Parse(reader.GetString(1))));
            }
        }

        foreach (var marking in markings)
        {
            EnsureMayChange(marking, $"Entity {entity} is named in a document that");
        }
    }

    /// <summary>What a reader saves belongs to the reader's organisation: ownership comes from credentials, never from content.</summary>
    private void EnsureOwnedByReader(Marking marking)
    {
        if (!Reader.IsInstance && marking.Owner != Reader.Organisation)
        {
            throw new WriteRefusedException($"{Reader.Organisation} cannot store a document owned by {marking.Owner}.");
        }

        if (!Reader.IsInstance && !Reader.Role.Allows(Role.Analyst))
        {
            throw new WriteRefusedException("A viewer cannot store documents.");
        }
    }

    private void InsertPair(string table, string owner, string partner)
    {
        using var insert = Command($"INSERT INTO {table} (owner, partner) VALUES (@owner, @partner) ON CONFLICT DO NOTHING");
        Add(insert, "@owner", owner);
        Add(insert, "@partner", partner);
        insert.ExecuteNonQuery();
    }

    private List<(string, string)> Pairs(string sql)
    {
        using var command = Command(sql);
        var pairs = new List<(string, string)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }
}
