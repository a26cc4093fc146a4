using Luoshi.Domain.Values;
using Luoshi.Domain.Villages;
using Luoshi.Domain.Villages.Register;
using Luoshi.Domain.Wording;
using Luoshi.Intake.Cells;
using Luoshi.Intake.Problems;
using Luoshi.Intake.Tables;

namespace Luoshi.Intake.Registers.Villages;

/// <summary>A sewage file: village, day, whether it has an integrated facility, whether it operates, and a note.</summary>
public sealed class SewageFile(VillageNames villages, DayWindow days)
{
    /// <summary>The columns, English and Chinese.</summary>
    public static IReadOnlyList<Column> Columns { get; } =
        [new("village", "村"), new("as_of", "日期"), new("facility", "设施"), new("operating", "运行"), new("note", "备注", Required: false)];

    private const int Village = 0, Day = 1, Facility = 2, Operating = 3, Note = 4;

    /// <summary>The current row as a finding with its village's code, or null after adding its problems.</summary>
    public (string Code, SewageStatus Status)? Read(Table table, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(problems);
        var village = villages.Find(table.Text(Village));
        if (village is null)
        {
            problems.Add(table.Place(Village), Catalogue.Villages.UnknownVillage(table.Text(Village)));
        }

        var day = table.Day(Day);
        if (day is null || !days.Contains(day.Value))
        {
            problems.Add(table.Place(Day), day is { } outside
                ? Catalogue.Values.OutsideWindow(days, outside) : Catalogue.Villages.NotADay(Catalogue.Villages.FindingDay, table.Text(Day)));
            day = null;
        }

        var facility = YesNo(table, Facility, Catalogue.Villages.HasFacility, problems);
        var operating = YesNo(table, Operating, Catalogue.Villages.Operates, problems);
        if (operating == true && facility == false)
        {
            problems.Add(table.Place(Operating), Catalogue.Villages.OperatingWithoutFacility);
            operating = null;
        }

        var note = table.Line(Note, problems, TextRules.Note);
        return village is { } v && day is { } d && facility is { } f && operating is { } o
            ? (v.Code, new SewageStatus { VillageId = v.Id, AsOf = d, HasFacility = f, Operating = o, Note = note.Length == 0 ? null : note })
            : null;
    }

    private static bool? YesNo(Table table, int column, Words what, ProblemList problems)
    {
        var answer = YesNoText.Parse(table.Text(column));
        if (answer is null)
        {
            problems.Add(table.Place(column), Catalogue.Villages.NotYesNo(what, table.Text(column)));
        }

        return answer;
    }
}
