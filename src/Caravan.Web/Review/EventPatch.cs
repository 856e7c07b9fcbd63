using System.Globalization;
using System.Text.Json;

namespace Caravan.Web.Review;

/// <summary>
/// An event as the API reads it back: the JSON of <c>GET /api/events/{id}</c>, whole or in part, laid over the
/// event as it stands. A field left out keeps its value; a field of the read model the analyst cannot set
/// (id, owner, review, ...) is accepted unchanged and named in the error when changed; any other field is named
/// as unknown. So what the API gives can be posted back as it is.
/// </summary>
public static class EventPatch
{
    private static readonly HashSet<string> ReadOnly = new(StringComparer.Ordinal)
    {
        "id", "document_id", "source", "outlet", "date_precision", "geo_precision", "confidence", "review", "tlp", "owner", "reviewed_by", "reviewed_at",
    };

    /// <summary>The form <paramref name="json"/> makes of <paramref name="start"/>, or the first field it cannot take.</summary>
    /// <param name="current">The event's JSON as the API gives it, to tell an unchanged read-only field from a changed one; null for a new event.</param>
    public static (EventForm? Form, FieldError? Error) Apply(EventForm start, JsonElement json, JsonElement? current)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            return (null, new FieldError("event", "\"event\" must be a JSON object of event fields."));
        }

        var form = start.Copy();
        foreach (var field in json.EnumerateObject())
        {
            if (ReadOnly.Contains(field.Name))
            {
                if (current is { } known && known.TryGetProperty(field.Name, out var now) && !JsonElement.DeepEquals(now, field.Value))
                {
                    return (null, new FieldError(field.Name, $"'{field.Name}' is set by the server and cannot be changed here."));
                }

                continue;
            }

            if (Set(form, field) is { } error)
            {
                return (null, error);
            }
        }

        return (form, null);
    }

    private static FieldError? Set(EventForm form, JsonProperty field)
    {
        var value = field.Value;
        switch (field.Name)
        {
            case "type": return Text(value, field.Name, t => form.Type = t);
            case "date": return Text(value, field.Name, t => form.Date = t);
            case "date_end": return Text(value, field.Name, t => form.DateEnd = t);
            case "country": return Text(value, field.Name, t => form.Country = t);
            case "admin1": return Text(value, field.Name, t => form.Admin1 = t);
            case "location": return Text(value, field.Name, t => form.Location = t);
            case "evidence": return Text(value, field.Name, t => form.Evidence = t);
            case "note": return Text(value, field.Name, t => form.Note = t);
            case "actors": return Names(value, field.Name, t => form.Actors = t);
            case "targets": return Names(value, field.Name, t => form.Targets = t);
            case "latitude": return Number(value, field.Name, n => form.Latitude = n);
            case "longitude": return Number(value, field.Name, n => form.Longitude = n);
            case "fatalities": return Count(value, field.Name, n => form.Fatalities = n);
            case "injured": return Count(value, field.Name, n => form.Injured = n);
            case "arrested": return Count(value, field.Name, n => form.Arrested = n);
            default: return new FieldError(field.Name, $"'{field.Name}' is not a field of an event.");
        }
    }

    private static FieldError? Text(JsonElement value, string name, Action<string?> set)
    {
        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            return new FieldError(name, $"'{name}' must be text or null.");
        }

        set(value.GetString());
        return null;
    }

    /// <summary>A list of names as the API gives it, or one text with names separated by ";" as the form does.</summary>
    private static FieldError? Names(JsonElement value, string name, Action<string?> set)
    {
        if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String))
        {
            set(string.Join("; ", value.EnumerateArray().Select(v => v.GetString())));
            return null;
        }

        return value.ValueKind is JsonValueKind.String or JsonValueKind.Null
            ? Text(value, name, set)
            : new FieldError(name, $"'{name}' must be a list of names (or one text with names separated by ';').");
    }

    private static FieldError? Number(JsonElement value, string name, Action<double?> set)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            set(null);
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number))
        {
            set(number);
            return null;
        }

        return new FieldError(name, $"'{name}' must be a number or null, not {value.GetRawText()}.");
    }

    private static FieldError? Count(JsonElement value, string name, Action<int?> set)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            set(null);
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var count))
        {
            set(count);
            return null;
        }

        return new FieldError(name, string.Create(CultureInfo.InvariantCulture, $"'{name}' must be a whole number or null, not {value.GetRawText()}."));
    }
}
