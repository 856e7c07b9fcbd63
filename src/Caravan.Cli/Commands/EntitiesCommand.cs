using Caravan.Core.Sharing;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Caravan.Core.Entities;
using Caravan.Core.Resolution;
using Caravan.Extraction.Knowledge;
using Caravan.Extraction.Resolution;
using Caravan.Storage;
using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>`caravan entities`: the knowledge base of canonical entities; list, search, merge, split.</summary>
internal static class EntitiesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var search = new Option<string?>("--search") { Description = "Name or alias contains this" };
        var type = new Option<string?>("--type") { Description = "PERSON, ORG, ARMED_GROUP, GPE or LOC" };
        var merge = new Option<string[]>("--merge") { Description = "Merge the second entity (id) into the first (id)", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true };
        var split = new Option<long?>("--split") { Description = "Entity id to take an alias out of (with --alias)" };
        var alias = new Option<string?>("--alias") { Description = "The alias to move into a new entity (with --split)" };
        var analyst = new Option<string>("--analyst") { Description = "Who decides (recorded)", DefaultValueFactory = _ => Environment.UserName };
        var note = new Option<string?>("--note") { Description = "Why (recorded)" };
        var decisions = new Option<bool>("--decisions") { Description = "List recorded merges and splits" };
        var format = new Option<string>("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var limit = new Option<int>("--limit") { Description = "At most this many entities", DefaultValueFactory = _ => 100 };
        var actingAs = CommonOptions.ActingAs();
        var command = new Command("entities", "The knowledge base: one entity per real thing across documents") { database, search, type, merge, split, alias, analyst, note, decisions, format, limit, actingAs };
        command.SetAction(parse =>
        {
            using var store = StoreFactory.Open(parse.GetRequiredValue(database), CommonOptions.ReaderFor(parse.GetValue(actingAs)));
            try
            {
                if (parse.GetValue(merge) is { Length: 2 } pair)
                {
                    var merged = store.MergeEntities(ParseId(pair[0]), ParseId(pair[1]), parse.GetRequiredValue(analyst), parse.GetValue(note));
                    Print([merged], parse.GetRequiredValue(format));
                    return 0;
                }

                if (parse.GetValue(split) is { } entity)
                {
                    var aliasName = parse.GetValue(alias) ?? throw new StoreException("--split needs --alias NAME");
                    var created = store.SplitAlias(entity, aliasName, parse.GetRequiredValue(analyst), parse.GetValue(note), new EntityMatcher(KnowledgeBase.Default));
                    Print([created], parse.GetRequiredValue(format));
                    return 0;
                }

                if (parse.GetValue(decisions))
                {
                    foreach (var d in store.EntityDecisions())
                    {
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{d.At:u} {d.Analyst} {d.Action} {d.EntityId} {d.OtherEntityId} {d.Alias} {d.Note}"));
                    }

                    return 0;
                }

                EntityType? entityType = null;
                if (parse.GetValue(type) is { } typeName)
                {
                    entityType = EntityTypes.TryParse(typeName, out var t) ? t : throw new StoreException($"'{typeName}' is not an entity type (PERSON, ORG, ARMED_GROUP, GPE, LOC)");
                }

                Print(store.SearchEntities(parse.GetValue(search), entityType, parse.GetValue(limit)), parse.GetRequiredValue(format));
                return 0;
            }
            catch (StoreException e)
            {
                Console.Error.WriteLine(e.Message);
                return 2;
            }
        });
        return command;
    }

    private static long ParseId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new StoreException($"'{text}' is not an entity id (see `caravan entities`)");

    private static void Print(IReadOnlyList<KnownEntity> entities, string format)
    {
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(entities.Select(e => new { e.Id, e.Name, Type = e.Type.ToWireName(), e.Country, e.Aliases, e.Documents }), new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("id", "entity", "type", "country", "documents", "aliases");
        foreach (var e in entities)
        {
            table.AddRow(e.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(e.Name), e.Type.ToWireName(), e.Country ?? "-", e.Documents.ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", e.Aliases)));
        }

        AnsiConsole.Write(table);
    }
}
