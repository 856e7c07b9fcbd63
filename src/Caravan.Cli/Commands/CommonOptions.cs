using System.CommandLine;

namespace Caravan.Cli.Commands;

internal static class CommonOptions
{
    public const string DefaultDatabase = "caravan.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "SQLite database file",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Argument<string[]> Paths(string description) => new("paths")
    {
        Description = description,
        Arity = ArgumentArity.OneOrMore,
    };
}
