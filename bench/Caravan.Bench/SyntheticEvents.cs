using Caravan.Core.Dates;
using Caravan.Core.Documents;
using Caravan.Core.Events;
using Caravan.Core.Places;
using Caravan.Storage;
using Caravan.Storage.Relational;

namespace Caravan.Bench;

/// <summary>Random but plausible events, written in batches of 50,000 under synthetic documents.</summary>
internal static class SyntheticEvents
{
    public static readonly string[] Countries = ["KZ", "KG", "TJ", "UZ", "TM", "AF"];
    private static readonly string[] Regions = ["Batken", "Osh", "Sughd", "Fergana", "Almaty", "Balkh"];

    public static EventType[] Types { get; } = [.. EventTypes.All];

    public static void Load(RelationalEventStore store, int count, Random random)
    {
        const int batch = 50_000;
        for (var start = 0; start < count; start += batch)
        {
            var document = new DocumentRecord(DocumentId.FromContent($"synthetic {start}"), "synthetic", $"synthetic-{start}.txt", "text/plain", "synthetic",
                new DocumentMetadata($"synthetic-{start}.txt", null, null, "bench"), DateTimeOffset.UtcNow);
            store.SaveEvents(document, Enumerable.Range(0, Math.Min(batch, count - start)).Select(_ => Next(random)));
        }
    }

    private static ExtractedEvent Next(Random random)
    {
        var region = Regions[random.Next(Regions.Length)];
        return new ExtractedEvent
        {
            Type = Types[random.Next(Types.Length)],
            Date = PartialDate.OfDay(random.Next(1995, 2026), random.Next(1, 13), random.Next(1, 29)),
            Place = new PlaceReference(Countries[random.Next(Countries.Length)], region, region, 40.06, 70.82, GeoPrecision.Exact),
            Actors = ["Islamic Movement of Uzbekistan"],
            Fatalities = random.Next(0, 5),
            Evidence = "Synthetic event for the benchmark.",
        };
    }
}
