using System.Text.RegularExpressions;

namespace StaticBench.Bot.Requests;

/// <summary>
/// Reads a <c>/bench</c> command from a comment. The command is the first line that starts with
/// <c>/bench</c> outside code blocks and quotes (so quoting someone's command does not re-run it).
/// Grammar: <c>/bench [--bench NAME]... [--engine NAME]... [--phase NAME]... [--size SIZE]... [--samples N]</c>,
/// where names use letters, digits and <c>. _ / + -</c> only: anything else (spaces in quotes, <c>;</c>,
/// <c>$( )</c>, backticks...) is refused with a reason, never interpreted.
/// </summary>
public static partial class BenchCommandParser
{
    public const string Trigger = "/bench";
    private const int MaxValues = 32;
    private const int MaxSamples = 1000;

    public static BenchCommandParse Parse(string comment)
    {
        var line = CommandLine(comment);
        if (line is null)
        {
            return new BenchCommandParse.NotACommand();
        }

        var tokens = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal)
        {
            ["--bench"] = [], ["--engine"] = [], ["--phase"] = [], ["--size"] = [],
        };
        int? samples = null;
        for (var i = 1; i < tokens.Length; i++)
        {
            var option = tokens[i];
            if (!lists.ContainsKey(option) && option != "--samples")
            {
                return Reject($"unknown option '{Shown(option)}'; use --bench, --engine, --phase, --size or --samples");
            }

            if (i + 1 >= tokens.Length || tokens[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return Reject($"{option} needs a value");
            }

            var value = tokens[++i];
            if (!SafeValue().IsMatch(value))
            {
                return Reject($"'{Shown(value)}' is not a valid value for {option}: use letters, digits and . _ / + - only");
            }

            if (option == "--samples")
            {
                if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > MaxSamples)
                {
                    return Reject($"--samples takes a whole number from 1 to {MaxSamples}");
                }

                samples = n;
            }
            else if (lists[option].Count >= MaxValues)
            {
                return Reject($"at most {MaxValues} values for {option}");
            }
            else
            {
                lists[option].Add(value);
            }
        }

        return new BenchCommandParse.Accepted(new BenchRequest(lists["--bench"], lists["--engine"], lists["--phase"], lists["--size"], samples));
    }

    /// <summary>The first line starting with /bench, outside fenced code blocks and <c>&gt;</c> quotes.</summary>
    private static string? CommandLine(string comment)
    {
        var inFence = false;
        foreach (var raw in comment.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || line.StartsWith('>'))
            {
                continue;
            }

            if (line == Trigger || line.StartsWith(Trigger + " ", StringComparison.Ordinal) || line.StartsWith(Trigger + "\t", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return null;
    }

    private static BenchCommandParse.Rejected Reject(string reason) => new(reason);

    /// <summary>Echoes a rejected token back shortened and without backticks, so the reply stays readable Markdown.</summary>
    private static string Shown(string token) => (token.Length > 40 ? token[..40] + "…" : token).Replace('`', '\'');

    [GeneratedRegex(@"^[A-Za-z0-9._/+-]{1,100}\z")]
    private static partial Regex SafeValue();
}
