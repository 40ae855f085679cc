using System.Globalization;
using System.Text;

namespace StaticBench.Cli.Analyzing;

/// <summary>
/// <c>analyze --format csv</c>: one row per shown line (RFC 4180), plain numbers. The columns are the
/// same with or without a base; <c>base</c> and <c>change</c> are empty without one. Text that a
/// spreadsheet would take for a formula (<c>= + - @</c> first) gets a leading apostrophe.
/// </summary>
public static class ProfileCsv
{
    public static string Render(ProfileReport report)
    {
        var sb = new StringBuilder("benchmark,parameters,engine,phase,part,name,base,count,change,share\n");
        foreach (var section in report.Sections)
        {
            foreach (var (part, rows) in new[] { ("opcode", section.Opcodes), ("function", section.Functions) })
            {
                foreach (var row in rows)
                {
                    sb.AppendJoin(',',
                        Text(section.Key.Benchmark), Text(section.Key.Parameters), Text(section.Key.Engine), Text(section.Key.Phase),
                        part, Text(row.Name), Number(row.Base), Number(row.Count), Number(row.Delta), Number(row.Share));
                    sb.Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    private static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    private static string Text(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
    }
}
