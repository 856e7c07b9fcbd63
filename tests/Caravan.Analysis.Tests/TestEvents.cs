using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Places;

namespace Caravan.Analysis.Tests;

/// <summary>Events as the pipeline would give them, for analyses tested on events alone.</summary>
internal static class TestEvents
{
    public static ExtractedEvent Event(string date, EventType type, string region) => new()
    {
        Type = type,
        Date = PartialDate.Parse(date),
        Place = new PlaceReference("KG", region, region, null, null, GeoPrecision.Admin1),
        Actors = ["Islamic Movement of Uzbekistan"],
        Evidence = $"{type} in {region} on {date}.",
        Confidence = 0.8,
    };
}
