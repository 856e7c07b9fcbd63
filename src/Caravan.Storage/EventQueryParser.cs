using System.Globalization;
using Caravan.Core.Dates;
using Caravan.Core.Events;
using Caravan.Core.Review;

namespace Caravan.Storage;

/// <summary>
/// Reads event filters from named text values (a URL query, a form, command-line options), so the API, the
/// pages and the CLI accept the same names and spellings and give the same errors.
/// </summary>
public static class EventQueryParser
{
    public const int MaxPageSize = 1000;

    public static IReadOnlyDictionary<string, EventSort> Sorts { get; } = new Dictionary<string, EventSort>(StringComparer.OrdinalIgnoreCase)
    {
        ["date"] = EventSort.Date,
        ["-date"] = EventSort.DateDescending,
        ["fatalities"] = EventSort.Fatalities,
        ["confidence"] = EventSort.Confidence,
        ["country"] = EventSort.Country,
        ["type"] = EventSort.Type,
    };

    public static string SortName(EventSort sort) => Sorts.First(pair => pair.Value == sort).Key;

    /// <summary>
    /// The query, or every parameter that is wrong and why, at once. <paramref name="countryCode"/> turns what was
    /// typed as a country ("Kyrgyzstan", "Kyrgyz Republic", "kg") into its ISO code, or null when it is none;
    /// without it, only two-letter codes are taken.
    /// </summary>
    public static (EventQuery? Query, EventQueryError? Error) Parse(Func<string, string?> value, int defaultLimit = 100, Func<string, string?>? countryCode = null)
    {
        string? Text(string name) => string.IsNullOrWhiteSpace(value(name)) ? null : value(name)!.Trim();
        var errors = new List<EventQueryError>();
        void Wrong(string parameter, string message) => errors.Add(new EventQueryError(parameter, message));

        var limit = defaultLimit;
        if (Text("limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxPageSize))
        {
            Wrong("limit", $"'{limitText}' is not a page size from 1 to {MaxPageSize}.");
        }

        var offset = 0;
        if (Text("offset") is { } offsetText && !int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            Wrong("offset", $"'{offsetText}' is not a non-negative number.");
        }

        EventType? type = null;
        if (Text("type") is { } typeText)
        {
            if (EventTypes.TryParse(typeText, out var parsed))
            {
                type = parsed;
            }
            else
            {
                Wrong("type", $"'{typeText}' is not an event type; expected one of {string.Join(", ", EventTypes.All.Select(t => t.ToWireName()))}.");
            }
        }

        ReviewState? review = null;
        if (Text("review") is { } reviewText)
        {
            if (ReviewStates.TryParse(reviewText, out var parsed))
            {
                review = parsed;
            }
            else
            {
                Wrong("review", $"'{reviewText}' is not a review state; expected one of {string.Join(", ", ReviewStates.All.Select(s => s.ToWireName()))}.");
            }
        }

        var sort = EventSort.Date;
        if (Text("sort") is { } sortText && !Sorts.TryGetValue(sortText, out sort))
        {
            Wrong("sort", $"'{sortText}' is not a sort order; expected one of {string.Join(", ", Sorts.Keys)}.");
        }

        string? country = null;
        if (Text("country") is { } countryText)
        {
            country = countryCode is null
                ? (countryText.Length == 2 && countryText.All(char.IsAsciiLetter) ? countryText.ToUpperInvariant() : null)
                : countryCode(countryText);
            if (country is null)
            {
                Wrong("country", $"'{countryText}' is not a country name or two-letter ISO code.");
            }
        }

        var (since, sinceError) = Date(Text("since"), "since");
        var (until, untilError) = Date(Text("until"), "until");
        errors.AddRange(new[] { sinceError, untilError }.OfType<EventQueryError>());
        if (since is { } from && until is { } to && string.CompareOrdinal(Relational.RelationalEventStore.FirstDay(from), Relational.RelationalEventStore.LastDay(to)) > 0)
        {
            Wrong("since", $"From ({from}) is after To ({to}): no event can be in between.");
        }

        if (errors.Count > 0)
        {
            return (null, new EventQueryError(string.Join(", ", errors.Select(e => e.Parameter).Distinct()), string.Join(" ", errors.Select(e => e.Message))));
        }

        return (new EventQuery
        {
            Country = country,
            Admin1 = Text("admin1"),
            Type = type,
            Since = since,
            Until = until,
            Actor = Text("actor"),
            Text = Text("text"),
            Review = review,
            Sort = sort,
            Limit = limit,
            Offset = offset,
        }, null);
    }

    private static (PartialDate? Date, EventQueryError? Error) Date(string? text, string name)
    {
        if (text is null)
        {
            return (null, null);
        }

        return PartialDate.TryParse(text, out var date) && date.HasYear
            ? (date, null)
            : (null, new EventQueryError(name, $"'{text}' is not a date YYYY, YYYY-MM or YYYY-MM-DD."));
    }

}

/// <summary>Filters that could not be read: which ones (comma-separated) and why.</summary>
public sealed record EventQueryError(string Parameter, string Message);
