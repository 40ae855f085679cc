using Spectre.Console;
using StaticBench.Runner.Running;

namespace StaticBench.Cli.Console;

/// <summary>
/// Progress on stderr, so <c>--format json</c> on stdout stays clean: a live bar on a terminal, and a
/// line every tenth of the way otherwise (CI logs, tests).
/// </summary>
public sealed class RunProgressBar(TextWriter error, bool interactive)
{
    public async Task<T> RunAsync<T>(Func<IProgress<RunProgress>, Task<T>> work)
    {
        if (!interactive)
        {
            return await work(new LineProgress(error));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("samples");
                return await work(new BarProgress(task));
            });
    }

    private sealed class BarProgress(ProgressTask task) : IProgress<RunProgress>
    {
        public void Report(RunProgress value)
        {
            task.MaxValue = value.Total;
            task.Value = value.Done;
            task.Description = Markup.Escape(value.Current);
        }
    }

    private sealed class LineProgress(TextWriter error) : IProgress<RunProgress>
    {
        private int lastTenth = -1;

        public void Report(RunProgress value)
        {
            var tenth = value.Total == 0 ? 10 : value.Done * 10 / value.Total;
            if (tenth != lastTenth)
            {
                lastTenth = tenth;
                error.WriteLine($"progress: {value.Done}/{value.Total} samples ({value.Current})");
            }
        }
    }
}
