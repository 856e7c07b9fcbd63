namespace Caravan.Storage;

/// <summary>A store that cannot be opened or used, with the reason in words.</summary>
public class StoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// A write the store's reader may see but may not make (<see cref="Caravan.Core.Sharing.WritePolicy"/>). What
/// the reader may not even see is "not found", never this, so the refusal tells nothing a stranger may not know.
/// </summary>
public sealed class WriteRefusedException(string message) : StoreException(message);
