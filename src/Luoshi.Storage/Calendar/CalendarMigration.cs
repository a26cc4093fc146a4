using System.Globalization;
using System.Text;
using Luoshi.Domain.Time;

namespace Luoshi.Storage.Calendar;

/// <summary>The data step of the migration OneCalendar: the holidays and working weekends an office had set in the
/// reminder rules (JSON "Holidays", "WorkingWeekends" of reminder_settings) move into the one calendar table,
/// holiday_years. Each year they touch gets the office's file for it if it has one, else the notice shipped, else
/// just its year, with the office's days added as 放假/上班 lines; the rules then lose both lists. The old meaning is
/// kept: a holiday on a weekend changed nothing and is left out, a working weekend wins over a day off.</summary>
internal static class CalendarMigration
{
    private const string Note = "# 以下由催办提醒规则迁入（moved from the reminder rules）";

    public static string Sqlite() => $"""
        WITH days(year, line) AS (
            SELECT CAST(substr(j.value, 1, 4) AS INTEGER), '放假 ' || j.value || ' 节假日'
            FROM reminder_settings s, json_each(s.rules, '$.Holidays') j
            WHERE j.type = 'text' AND strftime('%w', j.value) NOT IN ('0', '6')
            UNION ALL
            SELECT CAST(substr(j.value, 1, 4) AS INTEGER), '上班 ' || j.value || ' 调休上班'
            FROM reminder_settings s, json_each(s.rules, '$.WorkingWeekends') j
            WHERE j.type = 'text'
            ORDER BY 2),
        lines(year, text) AS (SELECT year, group_concat(line, char(10)) FROM days GROUP BY year),
        shipped(year, text) AS (VALUES {Shipped()})
        INSERT INTO holiday_years (year, file_name, text)
        SELECT l.year, COALESCE(h.file_name, l.year || '.txt'),
               rtrim(COALESCE(h.text, s.text, '年份 ' || l.year), char(10)) || char(10) || '{Note}' || char(10) || l.text || char(10)
        FROM lines l LEFT JOIN holiday_years h ON h.year = l.year LEFT JOIN shipped s ON s.year = l.year
        WHERE true
        ON CONFLICT (year) DO UPDATE SET text = excluded.text, file_name = excluded.file_name;
        UPDATE reminder_settings SET rules = json_remove(rules, '$.Holidays', '$.WorkingWeekends');
        """;

    public static string Postgres() => $"""
        WITH settings AS (SELECT rules::jsonb AS rules FROM reminder_settings),
        days(year, line) AS (
            SELECT substr(d, 1, 4)::integer, '放假 ' || d || ' 节假日'
            FROM settings s, jsonb_array_elements_text(CASE WHEN jsonb_typeof(s.rules -> 'Holidays') = 'array' THEN s.rules -> 'Holidays' ELSE '[]'::jsonb END) d
            WHERE extract(isodow FROM d::date) < 6
            UNION ALL
            SELECT substr(d, 1, 4)::integer, '上班 ' || d || ' 调休上班'
            FROM settings s, jsonb_array_elements_text(CASE WHEN jsonb_typeof(s.rules -> 'WorkingWeekends') = 'array' THEN s.rules -> 'WorkingWeekends' ELSE '[]'::jsonb END) d),
        lines(year, text) AS (SELECT year, string_agg(line, E'\n' ORDER BY line) FROM days GROUP BY year),
        shipped(year, text) AS (VALUES {Shipped()})
        INSERT INTO holiday_years (year, file_name, text)
        SELECT l.year, COALESCE(h.file_name, l.year || '.txt'),
               rtrim(COALESCE(h.text, s.text, '年份 ' || l.year), E'\n') || E'\n' || '{Note}' || E'\n' || l.text || E'\n'
        FROM lines l LEFT JOIN holiday_years h ON h.year = l.year LEFT JOIN shipped s ON s.year = l.year
        ON CONFLICT (year) DO UPDATE SET text = EXCLUDED.text, file_name = EXCLUDED.file_name;
        UPDATE reminder_settings SET rules = (rules::jsonb - 'Holidays' - 'WorkingWeekends')::text;
        """;

    /// <summary>The shipped notices as SQL rows (year, text), a dummy row when none is shipped.</summary>
    private static string Shipped()
    {
        var rows = new StringBuilder();
        foreach (var year in WorkingDays.Shipped.Years.Select(y => y.Year).Order())
        {
            rows.Append(rows.Length > 0 ? ", " : "").Append('(').Append(year.ToString(CultureInfo.InvariantCulture)).Append(", '")
                .Append(WorkingDays.ShippedText(year)!.ReplaceLineEndings("\n").Replace("'", "''", StringComparison.Ordinal)).Append("')");
        }

        return rows.Length > 0 ? rows.ToString() : "(0, '')";
    }
}
