namespace Caravan.Storage;

/// <summary>A store that cannot be opened or used, with the reason in words.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
