using Spectre.Console;

namespace StaticBench.Cli.Analyzing;

/// <summary><c>analyze --format pretty</c>: per run, a table of top opcodes and one of top functions (Spectre.Console).</summary>
public static class ProfileTable
{
    public static void Write(TextWriter output, ProfileReport report)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        foreach (var section in report.Sections)
        {
            console.WriteLine(ProfileNumbers.Heading(section));
            Part(console, "Opcode", section.Opcodes, section.BaseTotal is not null);
            Part(console, "Function", section.Functions, section.BaseTotal is not null);
            console.WriteLine();
        }

        foreach (var note in report.Notes)
        {
            console.WriteLine(note);
        }
    }

    private static void Part(IAnsiConsole console, string what, IReadOnlyList<ProfileRow> rows, bool comparing)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = comparing
            ? new Table().AddColumns(what, "Base", "Head", "Change", "Of base total")
            : new Table().AddColumns(what, what == "Function" ? "Instructions" : "Count", "Share");
        foreach (var row in rows)
        {
            var name = Markup.Escape(row.Name);
            if (comparing)
            {
                table.AddRow(name, ProfileNumbers.Count(row.Base!.Value), ProfileNumbers.Count(row.Count), ProfileNumbers.Signed(row.Delta!.Value), ProfileNumbers.Percent(row.Share, signed: true));
            }
            else
            {
                table.AddRow(name, ProfileNumbers.Count(row.Count), ProfileNumbers.Percent(row.Share));
            }
        }

        foreach (var column in table.Columns.Skip(1))
        {
            column.RightAligned();
        }

        console.Write(table);
    }
}
