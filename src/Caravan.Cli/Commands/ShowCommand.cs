using System.CommandLine;

namespace Caravan.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create() => new("show", "not yet");
}
