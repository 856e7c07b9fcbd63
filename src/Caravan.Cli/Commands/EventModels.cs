using Caravan.Extraction.Detection;

namespace Caravan.Cli.Commands;

/// <summary>Event model files named on the command line.</summary>
internal static class EventModels
{
    public static EventModel Load(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new IOException($"no such event model: {file.FullName}");
        }

        using var stream = file.OpenRead();
        return EventModel.Load(stream, file.FullName);
    }
}
