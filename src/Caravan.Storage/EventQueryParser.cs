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

    /// <summary>The query, or the first parameter that is wrong and why.</summary>
    public static (EventQuery? Query, EventQueryError? Error) Parse(Func<string, string?> value, int defaultLimit = 100)
    {
        string? Text(string name) => string.IsNullOrWhiteSpace(value(name)) ? null : value(name)!.Trim();

        var limit = defaultLimit;
        if (Text("limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxPageSize))
        {
            return Fail("limit", $"'{limitText}' is not a page size from 1 to {MaxPageSize}.");
        }

        var offset = 0;
        if (Text("offset") is { } offsetText && !int.TryParse(offsetText, NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return Fail("offset", $"'{offsetText}' is not a non-negative number.");
        }

        EventType? type = null;
        if (Text("type") is { } typeText)
        {
            if (!EventTypes.TryParse(typeText, out var parsed))
            {
                return Fail("type", $"'{typeText}' is not an event type; expected one of {string.Join(", ", EventTypes.All.Select(t => t.ToWireName()))}.");
            }

            type = parsed;
        }

        ReviewState? review = null;
        if (Text("review") is { } reviewText)
        {
            if (!ReviewStates.TryParse(reviewText, out var parsed))
            {
                return Fail("review", $"'{reviewText}' is not a review state; expected one of {string.Join(", ", ReviewStates.All.Select(s => s.ToWireName()))}.");
            }

            review = parsed;
        }

        var sort = EventSort.Date;
        if (Text("sort") is { } sortText && !Sorts.TryGetValue(sortText, out sort))
        {
            return Fail("sort", $"'{sortText}' is not a sort order; expected one of {string.Join(", ", Sorts.Keys)}.");
        }

        var (since, sinceError) = Date(Text("since"), "since");
        var (until, untilError) = Date(Text("until"), "until");
        if ((sinceError ?? untilError) is { } dateError)
        {
            return (null, dateError);
        }

        return (new EventQuery
        {
            Country = Text("country")?.ToUpperInvariant(),
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

    private static (EventQuery?, EventQueryError?) Fail(string parameter, string message) => (null, new EventQueryError(parameter, message));
}

/// <summary>A filter that could not be read: which one and why.</summary>
public sealed record EventQueryError(string Parameter, string Message);
