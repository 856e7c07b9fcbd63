namespace Caravan.Storage;

/// <summary>What saving a document did.</summary>
public enum SaveOutcome
{
    Added,
    /// <summary>The same text (by content hash) was already stored; nothing changed.</summary>
    AlreadyPresent,
}
