using System.Diagnostics;

namespace Caravan.Cli.Tests;

/// <summary>Runs the real `caravan` program in a child process, as a user would.</summary>
internal static class CaravanProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] arguments) => RunWithInput(null, arguments);

    /// <summary>Runs with <paramref name="input"/> piped to standard input (closed at once if null).</summary>
    public static Result RunWithInput(string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "caravan.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("caravan " + string.Join(' ', arguments) + " did not finish in 2 minutes");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
