using Spectre.Console;

namespace Caravan.Cli.Commands;

/// <summary>One progress bar on standard error (standard output stays for results), left on screen when done.</summary>
internal static class ProgressBar
{
    /// <summary>Runs <paramref name="work"/>, which calls the given step once per item done.</summary>
    public static void Run(string description, int items, Action<Action> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: Math.Max(1, items));
                work(() => task.Increment(1));
                task.Value = task.MaxValue;
            });
    }
}
