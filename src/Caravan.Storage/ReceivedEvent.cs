using Caravan.Core.Events;
using Caravan.Core.Review;
using Caravan.Core.Sharing;

namespace Caravan.Storage;

/// <summary>An event that came from a partner or a file, with its own marking, STIX id and review state.</summary>
public sealed record ReceivedEvent(ExtractedEvent Event, Marking Marking, string StixId, ReviewState Review, string? ReviewedBy, DateTimeOffset? ReviewedAt);
