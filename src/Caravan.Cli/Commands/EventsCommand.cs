using System.CommandLine;

namespace Caravan.Cli.Commands;

internal static class EventsCommand
{
    public static Command Create() => new("events", "not yet");
}
