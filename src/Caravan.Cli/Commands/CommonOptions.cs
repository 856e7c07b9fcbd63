using System.CommandLine;

namespace Caravan.Cli.Commands;

internal static class CommonOptions
{
    /// <summary>Says what is wrong on standard error and gives the exit code for it.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }

    public const string DefaultDatabase = "caravan.db";

    /// <summary>--gold DIR...: folders of NAME.txt with NAME.gold.json beside them (eval, events train).</summary>
    public static Option<DirectoryInfo[]> GoldFolders() => new("--gold")
    {
        Description = "Folders of NAME.txt with NAME.gold.json beside them",
        Required = true,
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<string> Organisation(string description) => new("--org")
    {
        Description = description,
        DefaultValueFactory = _ => Caravan.Core.Sharing.Marking.LocalOwner,
    };

    /// <summary>--tlp, parsed and checked: clear, green, amber, amber+strict or red.</summary>
    public static Option<Caravan.Core.Sharing.Tlp?> Tlp(string description)
    {
        var option = new Option<Caravan.Core.Sharing.Tlp?>("--tlp")
        {
            Description = description,
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (Caravan.Core.Sharing.Tlps.TryParse(text, out var tlp))
                {
                    return tlp;
                }

                result.AddError($"'{text}' is not a TLP marking; use clear, green, amber, amber+strict or red");
                return null;
            },
        };
        return option;
    }

    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };
}
