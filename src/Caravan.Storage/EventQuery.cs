using Caravan.Core.Dates;
using Caravan.Core.Documents;
using Caravan.Core.Events;
using Caravan.Core.Review;

namespace Caravan.Storage;

/// <summary>
/// Filters for stored events. Dates compare on the first day an event's date can mean ("2017-03" from
/// 2017-03-01); year-less dates match no date filter, since their year is unknown. Rejected events are left
/// out unless asked for by <see cref="Review"/>.
/// </summary>
public sealed record EventQuery
{
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public EventType? Type { get; init; }
    public PartialDate? Since { get; init; }
    public PartialDate? Until { get; init; }
    public string? Actor { get; init; }
    public string? Text { get; init; }
    public ReviewState? Review { get; init; }
    public DocumentId? Document { get; init; }
    public EventSort Sort { get; init; } = EventSort.Date;
    public int Limit { get; init; } = 1000;
    public int Offset { get; init; }
}
