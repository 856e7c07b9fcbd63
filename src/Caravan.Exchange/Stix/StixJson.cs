using System.Text.Encodings.Web;
using System.Text.Json;

namespace Caravan.Exchange.Stix;

/// <summary>
/// How STIX and TAXII JSON is written: compact, and with the reports' Cyrillic and Latin text as itself rather
/// than \u escapes (the JSON is never embedded in HTML, where those escapes would matter).
/// </summary>
public static class StixJson
{
    public static JsonSerializerOptions Compact { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonSerializerOptions Indented { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static JsonWriterOptions Writer { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
