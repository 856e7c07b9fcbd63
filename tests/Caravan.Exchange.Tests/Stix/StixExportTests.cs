using System.Text.Json.Nodes;
using Caravan.Core.Review;
using Caravan.Core.Sharing;
using Caravan.Exchange.Stix;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Pipeline;
using Caravan.Extraction.Resolution;
using Caravan.Ingestion;
using Caravan.Ingestion.Sources;
using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Exchange.Tests.Stix;

/// <summary>Export of the five samples, each ingested with a different marking, into real SQLite files.</summary>
public sealed class StixExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-stix-").FullName;

    private static readonly EntityMatcher Matcher = new(KnowledgeBase.Default);

    private SqliteEventStore Open(string name, Reader? reader = null)
    {
        var store = new SqliteEventStore(Path.Combine(folder, name), reader ?? Reader.Instance);
        store.Migrate();
        return store;
    }

    private SqliteEventStore Samples()
    {
        var store = Open("a.db");
        store.SharePartner("kg-cert", "uz-sgb");
        var files = SourceReader.Expand([Caravan.Testing.Samples.Folder]).Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        foreach (var (file, tlp) in files.Zip(Tlps.All))
        {
            var ingestor = new DocumentIngestor(store, ExtractionPipeline.CreateDefault(), new EntityMatcher(KnowledgeBase.Default), TimeProvider.System) { Owner = "kg-cert", Tlp = tlp };
            ingestor.Ingest(file);
        }

        return store;
    }

    [Fact]
    public void Every_exported_object_is_valid_against_the_OASIS_schemas()
    {
        using var store = Samples();

        var bundle = StixExporter.Bundle(store, includeRed: true);

        var objects = bundle["objects"]!.AsArray().Cast<JsonObject>().ToList();
        Assert.Contains(objects, o => o["type"]!.GetValue<string>() == "incident");
        Assert.Superset(new HashSet<string> { "report", "incident", "location", "identity", "threat-actor", "relationship", "marking-definition", "extension-definition" }, objects.Select(o => o["type"]!.GetValue<string>()).ToHashSet());
        var errors = objects.SelectMany(StixSchemas.Errors).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        Assert.Matches("^bundle--[0-9a-f-]{36}$", bundle["id"]!.GetValue<string>());
    }

    [Fact]
    public void The_validator_does_reject_a_broken_object()
    {
        var broken = new JsonObject { ["type"] = "incident", ["spec_version"] = "2.1", ["id"] = "indicator--0b6e3fd8-1f3a-4c46-9a0b-8d5b6f0e1c2d", ["created"] = "yesterday", ["name"] = "x" };

        Assert.NotEmpty(StixSchemas.Errors(broken));
    }

    [Fact]
    public void Ids_are_the_same_in_every_export_and_a_round_trip_reproduces_the_bundle()
    {
        using var a = Samples();
        var first = StixExporter.Bundle(a, includeRed: true);
        var second = StixExporter.Bundle(a, includeRed: true);
        using var b = Open("b.db");

        var imported = StixImporter.Import(b, first, new Provenance("file:a.json", DateTimeOffset.UtcNow), "tests", ImportOwner.AsStatedForRestore, Matcher);
        var again = StixImporter.Import(b, first, new Provenance("file:a.json", DateTimeOffset.UtcNow), "tests", ImportOwner.AsStatedForRestore, Matcher);

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal((5, a.CountEvents()), (imported.DocumentsAdded, imported.EventsAdded));
        Assert.Equal((0, 0), (again.DocumentsAdded, again.EventsAdded));
        // The copy says where it was received from; all else is as it was.
        var restored = StixExporter.Bundle(b, includeRed: true);
        var reports = restored["objects"]!.AsArray().Cast<JsonObject>().Where(o => o["type"]!.GetValue<string>() == "report").ToList();
        Assert.All(reports, r => Assert.Contains(r["external_references"]!.AsArray(), x => x!["source_name"]!.GetValue<string>() == "caravan-partner"
            && x["description"]!.GetValue<string>().StartsWith("received from file:a.json on ", StringComparison.Ordinal)));
        Assert.Equal(WithoutProvenance(first).ToJsonString(), WithoutProvenance(restored).ToJsonString());
        Assert.All(b.QueryEvents(new EventQuery { Limit = 1000 }), e => Assert.Equal("kg-cert", e.Marking.Owner));
        // Received documents join the knowledge base as ingested ones do.
        string EntitiesOf(SqliteEventStore store) =>
            string.Join("; ", store.SearchEntities(null, null, 100_000).Select(e => $"{e.Name}/{e.Type}/{e.Documents}").Order(StringComparer.Ordinal));
        Assert.NotEmpty(EntitiesOf(b));
        Assert.Equal(EntitiesOf(a), EntitiesOf(b));
    }

    private static JsonObject WithoutProvenance(JsonObject bundle)
    {
        var copy = bundle.DeepClone().AsObject();
        foreach (var report in copy["objects"]!.AsArray().Cast<JsonObject>().Where(o => o["type"]!.GetValue<string>() == "report"))
        {
            report.Remove("external_references");
        }

        return copy;
    }

    [Fact]
    public void Analysts_notes_travel_as_stix_notes_and_come_back_as_the_events_history()
    {
        using var a = Samples();
        var events = a.QueryEvents(new EventQuery { Limit = 3 });
        a.ReviewEvent(events[0].Id, ReviewAction.Confirm, null, "aigerim", "Matches the ministry's statement of the same day.");
        a.ReviewEvent(events[1].Id, ReviewAction.Edit, events[1].Event with { Fatalities = 3 }, "aigerim", "Three killed, per the follow-up report.");
        a.ReviewEvent(events[2].Id, ReviewAction.Confirm, null, "aigerim", null);

        var bundle = StixExporter.Bundle(a, includeRed: true);
        using var b = Open("b.db");
        StixImporter.Import(b, bundle, new Provenance("file:a.json", DateTimeOffset.UtcNow), "tests", ImportOwner.AsStatedForRestore, Matcher);

        var notes = bundle["objects"]!.AsArray().Cast<JsonObject>().Where(o => o["type"]!.GetValue<string>() == "note").ToList();
        Assert.Equal(2, notes.Count);
        Assert.Empty(notes.SelectMany(StixSchemas.Errors));
        Assert.Contains(notes, n => n["content"]!.GetValue<string>() == "Three killed, per the follow-up report." && n["abstract"]!.GetValue<string>() == "edit by aigerim");
        var edited = b.QueryEvents(new EventQuery { Limit = 1000, Review = null }).Single(e => e.Review == ReviewState.Edited);
        var history = Assert.Single(b.EventHistory(edited.Id));
        Assert.Equal((ReviewAction.Edit, "aigerim", "Three killed, per the follow-up report."), (history.Action, history.Analyst, history.Note));
        Assert.Equal(WithoutProvenance(bundle).ToJsonString(), WithoutProvenance(StixExporter.Bundle(b, includeRed: true)).ToJsonString());
    }

    [Fact]
    public void An_export_for_a_partner_holds_what_it_may_see_and_never_red()
    {
        Samples().Dispose();
        using var store = Open("a.db", Reader.Of("uz-sgb"));

        var bundle = StixExporter.Bundle(store);

        var marked = bundle["objects"]!.AsArray().Cast<JsonObject>()
            .Where(o => o["type"]!.GetValue<string>() is "report" or "incident")
            .Select(o => Tlps.FromStixMarkingId(o["object_marking_refs"]![0]!.GetValue<string>()))
            .ToHashSet();
        Assert.Equal(new HashSet<Tlp?> { Tlp.Clear, Tlp.Green, Tlp.Amber }, marked);
        Assert.DoesNotContain(StixExporter.Bundle(Open("empty.db"))["objects"]!.AsArray(), o => o!["type"]!.GetValue<string>() == "report");
    }

    [Fact]
    public void A_revoked_incident_withdraws_the_event_and_an_older_version_changes_nothing()
    {
        using var a = Samples();
        var bundle = StixExporter.Bundle(a);
        using var b = Open("b.db");
        StixImporter.Import(b, bundle, new Provenance("file:a.json", DateTimeOffset.UtcNow), "tests", ImportOwner.Of("kg-a"), Matcher);
        var incident = bundle["objects"]!.AsArray().Cast<JsonObject>().First(o => o["type"]!.GetValue<string>() == "incident");
        var id = incident["id"]!.GetValue<string>();
        JsonObject Version(string modified, bool revoked, int? fatalities)
        {
            var copy = (JsonObject)incident.DeepClone();
            copy["modified"] = modified;
            copy["revoked"] = revoked;
            copy["extensions"]![CaravanExtension.Id]!["fatalities"] = fatalities;
            return new JsonObject { ["type"] = "bundle", ["id"] = "bundle--" + Guid.NewGuid(), ["objects"] = new JsonArray(copy) };
        }

        var eventId = b.QueryEvents(new EventQuery { Limit = 10_000 }).Single(e => e.StixId == id).Id;
        StoredEvent Received() => b.GetEvent(eventId)!;

        var older = StixImporter.Import(b, Version("2000-01-01T00:00:00.000Z", revoked: false, 99), new Provenance("file:old.json", DateTimeOffset.UtcNow), "tests", ImportOwner.Of("kg-a"), Matcher);
        Assert.Equal((0, 0), (older.Events.Updated, older.Events.Withdrawn));
        Assert.NotEqual(99, Received().Event.Fatalities);

        var revoked = StixImporter.Import(b, Version("2099-01-01T00:00:00.000Z", revoked: true, null), new Provenance("file:new.json", DateTimeOffset.UtcNow), "tests", ImportOwner.Of("kg-a"), Matcher);

        Assert.Equal(1, revoked.Events.Withdrawn);
        Assert.Equal(ReviewState.Rejected, Received().Review);
        Assert.DoesNotContain(b.QueryEvents(new EventQuery { Limit = 10_000 }), e => e.Id == eventId);
        Assert.Contains(b.EventHistory(Received().Id), r => r.Note == "withdrawn (revoked) by kg-a");
        Assert.Contains(b.AuditEntries(0, 10_000), e => e.Detail == "revoked by the sender");
    }

    [Fact]
    public void An_import_belongs_to_the_sender_and_keeps_the_creator_it_names_as_stated()
    {
        using var a = Samples();
        var bundle = StixExporter.Bundle(a);
        using var b = Open("b.db");

        var imported = StixImporter.Import(b, bundle, new Provenance("file:a.json", DateTimeOffset.UtcNow), "tests", ImportOwner.Of("uz-sgb"), Matcher);

        Assert.True(imported.DocumentsAdded > 0);
        Assert.All(b.QueryEvents(new EventQuery { Limit = 1000, Review = null }), e => Assert.Equal("uz-sgb", e.Marking.Owner));
        var document = b.FindDocument(b.ListDocuments(1, 0).Single().Id)!.Document;
        Assert.Equal(("uz-sgb", "kg-cert"), (document.Marking.Owner, document.ReceivedFrom!.StatedOwner));
        Assert.NotEqual(a.ListDocuments(1000, 0).Select(d => d.Id).Order(), b.ListDocuments(1000, 0).Select(d => d.Id).Order());
    }

    [Fact]
    public void A_newer_version_of_a_report_replaces_the_copys_marking_and_an_older_one_changes_nothing()
    {
        using var a = Samples();
        var first = StixExporter.Bundle(a);
        using var b = Open("b.db");
        const string collection = "taxii:http://127.0.0.1:1/taxii2/caravan/collections/kg-cert/";
        StixImporter.Import(b, first, new Provenance(collection, DateTimeOffset.UtcNow), "sync", ImportOwner.Of("kg-cert"), Matcher);
        var green = a.FindDocument(a.ListDocuments(100, 0).First(d => a.FindDocument(d.Id)!.Document.Marking.Tlp == Tlp.Green).Id)!.Document;

        a.ChangeMarking(green.Id, Tlp.Clear);
        var second = StixExporter.Bundle(a);
        var updated = StixImporter.Import(b, second, new Provenance(collection, DateTimeOffset.UtcNow), "sync", ImportOwner.Of("kg-cert"), Matcher);
        var older = StixImporter.Import(b, first, new Provenance("file:old.json", DateTimeOffset.UtcNow), "sync", ImportOwner.Of("kg-cert"), Matcher);

        Assert.Equal((1, 0), (updated.DocumentsUpdated, updated.DocumentsAdded));
        Assert.Equal(0, older.DocumentsUpdated);
        Assert.Equal(Tlp.Clear, b.FindDocument(green.Id.Value)!.Document.Marking.Tlp);
        Assert.Contains(b.AuditEntries(0, 1000), e => e.Object == "document/" + green.Id.Value && e.Detail!.StartsWith("newer version from taxii:", StringComparison.Ordinal));
        var report = second["objects"]!.AsArray().Cast<JsonObject>().Single(o => o["id"]!.GetValue<string>() == StixExporter.ReportId(green.Id.Value));
        Assert.True(string.CompareOrdinal(report["modified"]!.GetValue<string>(), report["created"]!.GetValue<string>()) > 0);
        Assert.Empty(StixSchemas.Errors(report));
    }

    public static TheoryData<string> OasisExamples => new(Directory.GetFiles(Path.Combine(StixSchemas.Folder, "examples"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(OasisExamples))]
    public void The_OASIS_example_bundles_are_accepted(string name)
    {
        var path = Directory.GetFiles(Path.Combine(StixSchemas.Folder, "examples"), name, SearchOption.AllDirectories).Single();
        using var store = Open("examples.db");

        var outcome = StixImporter.Import(store, (JsonObject)JsonNode.Parse(File.ReadAllText(path))!, new Provenance("file:" + name, DateTimeOffset.UtcNow), "tests", ImportOwner.Of("oasis"), Matcher);

        Assert.True(outcome.Objects > 0);
        Assert.Equal(outcome.DocumentsAdded, store.CountDocuments());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
