using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Caravan.Exchange.Tests.Stix;

/// <summary>
/// The OASIS STIX 2.1 JSON schemas copied into data/ (BSD-3-Clause, see its SOURCE.md; draft 2020-12; NJsonSchema resolves their relative
/// references from the files, never over the network).
/// </summary>
internal static class StixSchemas
{
    public static string Folder { get; } = Path.Combine(Caravan.Testing.Samples.RepositoryRoot, "data", "stix2-json-schemas");

    private static readonly ConcurrentDictionary<string, JsonSchema> Loaded = new(StringComparer.Ordinal);

    /// <summary>The schema violations of one object, by its type; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(JsonObject stixObject)
    {
        var type = stixObject["type"]!.GetValue<string>();
        var schema = Loaded.GetOrAdd(type, t => JsonSchema.FromFileAsync(PathOf(t)).GetAwaiter().GetResult());
        return [.. schema.Validate(stixObject.ToJsonString()).Select(e => $"{stixObject["id"]}: {e}")];
    }

    private static string PathOf(string type)
    {
        foreach (var folder in new[] { "sdos", "sros", "common", "observables" })
        {
            var path = Path.Combine(Folder, "schemas", folder, type + ".json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException($"no STIX schema for type '{type}' under {Folder}");
    }
}
