using System.Diagnostics;
using System.Net.Http.Headers;

namespace Caravan.Cli.Tests.Commands;

/// <summary>`caravan serve` as a process: it stops within five seconds of SIGTERM, even with requests running.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private const string Password = "correct horse battery";
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-serve-").FullName;

    private string Database => Path.Combine(folder, "caravan.db");

    [Fact]
    public async Task Sigterm_stops_the_server_within_five_seconds_while_clients_keep_asking()
    {
        Assert.Equal(0, CaravanProcess.Run("ingest", Samples.Folder, "--db", Database).ExitCode);
        Assert.Equal(0, CaravanProcess.RunWithInput(Password, "users", "add", "ana", "--org", "kg-cert", "--role", "analyst", "--password-stdin", "--db", Database).ExitCode);
        var key = CaravanProcess.Run("users", "key", "ana", "--db", Database).Output.Split().First(w => w.StartsWith("cvn_", StringComparison.Ordinal));
        var port = Ports.Free();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "caravan.dll"), "serve", "--db", Database, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        await WaitForHealth(http);

        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            string[] paths = ["/api/events/export?format=csv", "/api/search?q=Batken", "/events", "/api/events?limit=1000"];
            for (var n = i; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    using var response = await http.GetAsync(paths[n % paths.Length], stop.Token);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // The server going away is what this test does to it.
                }
            }
        })).ToList();
        await Task.Delay(1500);

        var watch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill!.WaitForExitAsync();
        }

        var exited = server.WaitForExit(TimeSpan.FromSeconds(10));
        var took = watch.Elapsed;
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        if (!exited)
        {
            server.Kill(entireProcessTree: true);
        }

        Assert.True(exited && took < TimeSpan.FromSeconds(5), $"the server took {took.TotalSeconds:F1} s to stop after SIGTERM (exited: {exited})");
    }

    private static async Task WaitForHealth(HttpClient http)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                if ((await http.GetAsync("/api/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("the server did not answer /api/health in 20 s");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
