using Spectre.Console;
using Spectre.Console.Rendering;

namespace StaticBench.Cli.Reports;

/// <summary>
/// Aligned columns for plain-text reports (run, engines), rendered by Spectre.Console without borders or
/// colours so that the text is the same on a terminal, in a CI log and in a test's writer. Every cell is
/// plain text, never markup, so names from suites and engine files print as they are.
/// </summary>
public static class PlainTable
{
    /// <param name="output">Where the table goes.</param>
    /// <param name="headers">Column headings.</param>
    /// <param name="rows">Cells, one array per row.</param>
    /// <param name="rightAligned">Columns (by index) whose cells are numbers, aligned right.</param>
    /// <param name="indent">Spaces before each line.</param>
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int>? rightAligned = null, int indent = 0)
    {
        var table = new Table { Border = TableBorder.None, ShowHeaders = true };
        for (var i = 0; i < headers.Count; i++)
        {
            var column = new TableColumn(new Text(headers[i])) { Padding = new Padding(0, 0, 2, 0), NoWrap = true };
            table.AddColumn(rightAligned?.Contains(i) == true ? column.RightAligned() : column);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell)).ToArray());
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(new IndentingWriter(output, indent)),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 400; // never wrap: a log line may be long, a wrapped table is unreadable
        console.Write(table);
    }

    /// <summary>Spectre pads the last column and indents nothing; this trims line ends and adds the indent.</summary>
    private sealed class IndentingWriter(TextWriter inner, int indent) : TextWriter
    {
        private readonly System.Text.StringBuilder _line = new();

        public override System.Text.Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                inner.WriteLine(new string(' ', indent) + _line.ToString().TrimEnd());
                _line.Clear();
            }
            else if (value != '\r')
            {
                _line.Append(value);
            }
        }
    }
}
