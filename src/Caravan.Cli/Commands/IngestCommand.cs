using System.CommandLine;

namespace Caravan.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create() => new("ingest", "not yet");
}
