using System.Globalization;
using System.Text;
using Caravan.Storage.Stix;

namespace Caravan.Exchange.Taxii;

/// <summary>
/// The URL parameters of TAXII 2.1 (section 3.4): added_after, limit, next, and match[id|type|version|spec_version],
/// each match a comma-separated list whose values are ORed. A bad value is an error, never ignored.
/// </summary>
public static class TaxiiFilter
{
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 10_000;

    /// <summary>Builds the query from the parameters the endpoint allows; the error says which value is wrong.</summary>
    public static StixObjectQuery Parse(Func<string, string?> parameter, string collection, bool allowIdAndType, StixVersionFilter defaultVersions)
    {
        var query = new StixObjectQuery(collection) { Versions = defaultVersions, Limit = DefaultLimit };
        if (parameter("added_after") is { } addedAfter)
        {
            query = query with
            {
                AddedAfter = StixVersions.TryNormalise(addedAfter, out var normalised)
                    ? normalised
                    : throw new TaxiiFilterException($"added_after '{addedAfter}' is not a timestamp such as 2026-01-31T12:00:00.000Z"),
            };
        }

        if (parameter("limit") is { } limit)
        {
            query = query with
            {
                Limit = int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? Math.Min(n, MaxLimit)
                    : throw new TaxiiFilterException($"limit '{limit}' is not a positive whole number"),
            };
        }

        if (parameter("next") is { } next)
        {
            query = query with { After = DecodeNext(next) };
        }

        if (allowIdAndType)
        {
            query = query with { Ids = List(parameter("match[id]")), Types = List(parameter("match[type]")) };
        }
        else if (parameter("match[id]") is not null || parameter("match[type]") is not null)
        {
            throw new TaxiiFilterException("match[id] and match[type] do not apply to a single object");
        }

        if (parameter("match[version]") is { } versions)
        {
            query = query with { Versions = Versions(versions) };
        }

        if (parameter("match[spec_version]") is { } specVersions)
        {
            query = query with { SpecVersions = List(specVersions) };
        }

        return query;
    }

    public static string EncodeNext(StoredStixObject last) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{last.DateAdded}|{last.Sequence}")))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static StixCursor DecodeNext(string next)
    {
        try
        {
            var padded = next.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - (padded.Length % 4)) % 4);
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(padded)).Split('|');
            if (parts.Length == 2 && StixVersions.TryNormalise(parts[0], out var date) && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return new StixCursor(date, sequence);
            }
        }
        catch (FormatException)
        {
        }

        throw new TaxiiFilterException($"next '{next}' is not a value this server gave");
    }

    private static StixVersionFilter Versions(string text)
    {
        bool first = false, last = false, all = false;
        var exact = new List<string>();
        foreach (var value in List(text))
        {
            switch (value)
            {
                case "first": first = true; break;
                case "last": last = true; break;
                case "all": all = true; break;
                default:
                    exact.Add(StixVersions.TryNormalise(value, out var version)
                        ? version
                        : throw new TaxiiFilterException($"match[version] '{value}' is not first, last, all or a timestamp"));
                    break;
            }
        }

        return new StixVersionFilter(first, last, all, exact);
    }

    private static List<string> List(string? text) =>
        text is null ? [] : [.. text.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];
}

/// <summary>A URL parameter the TAXII server cannot use; answered with 400 and this message.</summary>
public sealed class TaxiiFilterException(string message) : Exception(message);
