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

    /// <summary>--as ORG: act as an analyst of that organisation, under the same read and write rules as its users.</summary>
    public static Option<string?> ActingAs() => new("--as")
    {
        Description = "Act as an analyst of this organisation: see and change only what its users may (default: the instance, which may do everything)",
    };

    /// <summary>The reader a command with <see cref="ActingAs"/> opens its store as.</summary>
    public static Caravan.Core.Sharing.Reader ReaderFor(string? organisation) => organisation is { Length: > 0 }
        ? Caravan.Core.Sharing.Reader.Of(organisation, Caravan.Core.Accounts.Role.Analyst) with { Name = Environment.UserName }
        : Caravan.Core.Sharing.Reader.Instance;

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
            HelpName = "clear|green|amber|amber+strict|red",
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
