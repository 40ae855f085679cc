using System.Text.Json;
using StaticBench.Bot.Config;
using StaticBench.GitHub.Client;
using StaticBench.Runner.Engines.Configured;
using StaticBench.Runner.Suite;
using StaticBench.Store.Git;

namespace StaticBench.Cli.Commands;

/// <summary>
/// The one place a command's failure on bad input (a missing file or repository, a broken config, a
/// refused GitHub call) becomes <c>error: MESSAGE</c> on stderr and exit code <see cref="CliApp.InputError"/>.
/// Commands run their work through <see cref="Run"/> or <see cref="RunAsync"/> and let these exceptions
/// fly; anything else is a bug and still reaches System.CommandLine's handler with its stack trace.
/// </summary>
public static class CommandErrors
{
    public static int Run(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (InputError(e) is { } error)
        {
            return Fail(context, error.Message);
        }
    }

    public static async Task<int> RunAsync(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (InputError(e) is { } error)
        {
            return Fail(context, error.Message);
        }
    }

    /// <summary>Says what is wrong with the input and gives the exit code for it.</summary>
    public static int Fail(CliContext context, string message)
    {
        context.Error.WriteLine($"error: {message}");
        return CliApp.InputError;
    }

    /// <summary>
    /// <paramref name="e"/> when it is an input error, or the first of work spread over the cores (pages, files moved into
    /// the site) when every one that failed is one: <see cref="Parallel"/> gathers them into an <see cref="AggregateException"/>.
    /// </summary>
    private static Exception? InputError(Exception e) => e is AggregateException many
        ? many.Flatten().InnerExceptions is [_, ..] inner && inner.All(IsInputError) ? inner[0] : null
        : IsInputError(e) ? e : null;

    // The messages of these name the file, field or repository at fault, so they are shown as they are.
    private static bool IsInputError(Exception e) => e
        is DataRepositoryException or BotConfigException or SuiteException or EnginesFileException
        or GitHubApiException or HttpRequestException
        or IOException or UnauthorizedAccessException or InvalidDataException or JsonException or FormatException
        or ArgumentException or NotSupportedException;
}
