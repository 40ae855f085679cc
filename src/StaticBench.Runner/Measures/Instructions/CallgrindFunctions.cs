using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticBench.Runner.Measures.Instructions;

/// <summary>
/// Reads callgrind's output file (format version 1, <c>events: Ir</c>) into each function's self count:
/// the instructions executed in the function's own code, its callees' not included. Written by hand: no
/// served library reads this format, and <c>callgrind_annotate</c> prints a report, not data.
/// </summary>
/// <remarks>
/// Names are compressed (<c>fn=(58) run</c> once, then <c>fn=(58)</c>), and may first appear as a callee
/// (<c>cfn=</c>). A cost line after <c>calls=</c> is the call's inclusive cost, charged to the callee's
/// own lines already, so it is skipped. The self counts of all functions sum to the <c>summary:</c> line.
/// </remarks>
public static partial class CallgrindFunctions
{
    /// <summary>Function → self instruction count, largest first; functions that executed nothing are left out.</summary>
    public static IReadOnlyList<KeyValuePair<string, long>> SelfCounts(string output)
    {
        var names = new Dictionary<string, string>();
        var self = new Dictionary<string, long>();
        string? current = null;
        var afterCall = false;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (FunctionLine().Match(line) is { Success: true } fn)
            {
                var name = Resolve(names, fn.Groups["id"].Value, fn.Groups["name"].Value);
                if (fn.Groups["callee"].Value.Length == 0)
                {
                    current = name;
                }

                continue;
            }

            if (line.StartsWith("calls=", StringComparison.Ordinal))
            {
                afterCall = true;
                continue;
            }

            if (line.Length > 0 && (char.IsAsciiDigit(line[0]) || line[0] is '+' or '-' or '*'))
            {
                if (!afterCall && current is not null && Cost(line) is { } cost)
                {
                    self[current] = self.GetValueOrDefault(current) + cost;
                }

                afterCall = false;
            }
        }

        return [.. self.Where(s => s.Value > 0).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal)];
    }

    private static string Resolve(Dictionary<string, string> names, string id, string name)
    {
        if (id.Length == 0)
        {
            return name;
        }

        if (name.Length > 0)
        {
            names[id] = name;
        }

        return names.TryGetValue(id, out var known) ? known : $"({id})";
    }

    /// <summary>The last number of a cost line (<c>position Ir</c>); positions come first.</summary>
    private static long? Cost(string line)
    {
        var last = line.AsSpan().TrimEnd();
        var space = last.LastIndexOf(' ');
        return space > 0 && long.TryParse(last[(space + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var cost) ? cost : null;
    }

    [GeneratedRegex(@"^(?<callee>c?)fn=(?:\((?<id>\d+)\))?\s?(?<name>.*)$")]
    private static partial Regex FunctionLine();
}
