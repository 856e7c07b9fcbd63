using System.Net;
using System.Net.Sockets;

namespace Caravan.Bench;

/// <summary>Free loopback ports for the servers a benchmark starts.</summary>
internal static class Ports
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Inputs made of real reports: their paragraphs, and single large texts of them in a shuffled order.</summary>
internal static class ReportParagraphs
{
    public static string[] Of(IEnumerable<string> reportFiles) =>
        [.. reportFiles.SelectMany(f => File.ReadAllText(f).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>One text of at least <paramref name="size"/> characters, paragraphs drawn at random (seeded by the size).</summary>
    public static string LargeText(string[] paragraphs, int size)
    {
        var random = new Random(size);
        var text = new System.Text.StringBuilder(size + 10_000);
        while (text.Length < size)
        {
            text.Append(paragraphs[random.Next(paragraphs.Length)]).Append("\n\n");
        }

        return text.ToString();
    }
}
