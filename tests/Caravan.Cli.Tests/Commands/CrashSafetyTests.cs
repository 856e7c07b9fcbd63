using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Caravan.Cli.Tests.Commands;

/// <summary>
/// Kills `caravan ingest` with SIGKILL at random moments while it ingests thousands of reports, restarts it,
/// and checks that nothing is half-written and nothing is lost.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Documents = 2000;
    private const int Attempts = 4;
    private static readonly string[] Places = ["Batken", "Osh", "Khujand", "Termez", "Andijan", "Aktobe", "Jalal-Abad", "Namangan"];
    private readonly string folder = Directory.CreateTempSubdirectory("caravan-crash-").FullName;

    [Fact]
    public void KilledIngestsLoseNothingAndHalfWriteNothing()
    {
        var input = Directory.CreateDirectory(Path.Combine(folder, "reports")).FullName;
        for (var i = 0; i < Documents; i++)
        {
            var day = (i % 28) + 1;
            var place = Places[i % Places.Length];
            File.WriteAllText(Path.Combine(input, $"report-{i:D5}.txt"),
                $"Report {i}\n\nPublished: {day} March 2021\n\nOn March {day}, gunmen attacked a military outpost in {place}, killing {(i % 9) + 1} soldiers, officials said in statement number {i}.");
        }

        var database = Path.Combine(folder, "caravan.db");
        var random = new Random(20261122);
        var kills = 0;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            // Kill after a random number of documents, not a random time: a fast machine finishes a timed run.
            var killAt = ((attempt + 1) * Documents / (Attempts + 1)) + random.Next(-100, 100);
            using var process = Start("ingest", input, "--db", database);
            if (WaitForDocuments(database, killAt, process) && !process.HasExited)
            {
                process.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
                kills++;
            }

            process.WaitForExit();
        }

        var final = CaravanProcess.Run("ingest", input, "--db", database);

        Assert.Equal(0, final.ExitCode);
        Assert.True(kills >= Attempts - 1, $"only {kills} runs were killed mid-ingest; the test proves nothing");
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal(Documents, Convert.ToInt32(Scalar(connection, "SELECT COUNT(*) FROM documents"), CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt32(Scalar(connection, "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id)"), CultureInfo.InvariantCulture));
        Assert.Equal(0, Convert.ToInt32(Scalar(connection, "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM kb_links l WHERE l.document_id = d.id)"), CultureInfo.InvariantCulture));
        Assert.Equal(Documents, Convert.ToInt32(Scalar(connection, "SELECT COUNT(*) FROM events"), CultureInfo.InvariantCulture));
    }

    // Reads the count while the ingest writes (SQLite's WAL lets a reader in beside the writer).
    private static bool WaitForDocuments(string database, int count, Process process)
    {
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (File.Exists(database) && StoredDocuments(database) >= count)
            {
                return true;
            }

            Thread.Sleep(5);
        }

        return false;
    }

    private static int StoredDocuments(string database)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            return Convert.ToInt32(Scalar(connection, "SELECT COUNT(*) FROM documents"), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // not created yet, or its schema not yet written
        }
    }

    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "caravan.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
