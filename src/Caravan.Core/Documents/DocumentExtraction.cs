using Caravan.Core.Entities;
using Caravan.Core.Events;

namespace Caravan.Core.Documents;

/// <summary>Everything the pipeline found in one document.</summary>
public sealed record DocumentExtraction(
    DocumentMetadata Metadata,
    string Text,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<ExtractedEvent> Events);
