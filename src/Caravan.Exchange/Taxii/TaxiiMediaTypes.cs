namespace Caravan.Exchange.Taxii;

/// <summary>The media types of TAXII 2.1 (section 1.6.8) and of the STIX objects it carries.</summary>
public static class TaxiiMediaTypes
{
    public const string Taxii = "application/taxii+json;version=2.1";
    public const string Stix = "application/stix+json;version=2.1";

    /// <summary>
    /// Whether an Accept header admits a TAXII 2.1 answer: the TAXII type at version 2.1 or without a version
    /// (which means the newest), or a wildcard. A client that sends none accepts anything.
    /// </summary>
    public static bool Accepts(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return true;
        }

        return accept.Split(',').Select(Parse).Any(range => range.Type switch
        {
            "*/*" or "application/*" => true,
            "application/taxii+json" => range.Version is null or "2.1",
            _ => false,
        });
    }

    /// <summary>Whether a request body is declared as a TAXII 2.1 document.</summary>
    public static bool IsTaxii(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        var (type, version) = Parse(contentType);
        return type == "application/taxii+json" && version is null or "2.1";
    }

    private static (string Type, string? Version) Parse(string range)
    {
        var parts = range.Split(';').Select(p => p.Trim()).ToList();
        var version = parts.Skip(1)
            .Select(p => p.Split('=', 2))
            .Where(kv => kv.Length == 2 && kv[0].Trim().Equals("version", StringComparison.OrdinalIgnoreCase))
            .Select(kv => kv[1].Trim().Trim('"'))
            .FirstOrDefault();
        return (parts[0].ToLowerInvariant(), version);
    }
}
