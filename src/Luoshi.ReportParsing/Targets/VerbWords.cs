namespace Luoshi.ReportParsing.Targets;

/// <summary>The verbs of delivered work, in the forms reports use; one home for every rule that asks whether words are
/// only a verb.</summary>
internal static class VerbWords
{
    /// <summary>Verbs that put a count to work (办好十件实事, 建成十五个); without one, 四个不摘 is a slogan.</summary>
    public static readonly string[] Delivery =
    [
        "新增", "新建", "建成", "建设", "打造", "培育", "创建", "办好", "完成", "实施", "引进", "招引", "改造", "培训",
        "推出", "开工", "落地", "认定", "组建", "举办", "发放", "安置", "帮扶", "解决", "提供", "新培育", "新开工",
        "新改建", "改扩建", "新改扩建", "提升改造", "改造提升", "兴办", "抓好",
    ];

    /// <summary>Verbs after which 一个 counts one thing (提升改造一个工作站) rather than being an article.</summary>
    public static readonly string[] Literal =
    [
        "新建", "建成", "建设", "改造", "新增", "完成", "开工", "改扩建", "新改建", "提升改造", "改造提升", "维修", "安装", "配备",
    ];

    // Longest first, so that 开工建设 is taken whole before 开工.
    private static readonly string[] Work =
    [
        .. Delivery.Concat(Literal).Concat(["开工建设", "竣工", "完工", "交付", "开通", "投运", "启用", "投用", "投入使用", "启动", "提升",
            "维修", "更新", "整治", "治理", "规划", "续建", "力争", "增设", "新开通"])
            .Distinct().OrderByDescending(w => w.Length),
    ];

    /// <summary>True when <paramref name="text"/> opens with a work verb (建成子午大道天桥).</summary>
    public static bool StartsWithVerb(ReadOnlySpan<char> text) => VerbAtStart(text) > 0;

    /// <summary>True when <paramref name="text"/> holds a work verb anywhere (建成永明路等50条道路).</summary>
    public static bool HasVerb(ReadOnlySpan<char> text)
    {
        foreach (var verb in Work)
        {
            if (text.Contains(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> FirstCharacters =
        System.Buffers.SearchValues.Create(string.Concat(Work.Select(w => w[0]).Distinct()));

    /// <summary>True when <paramref name="text"/> is made only of work verbs (年内完成, 开工建设), or is empty.</summary>
    public static bool AreOnlyVerbs(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (!text.IsEmpty && !FirstCharacters.Contains(text[0]))
        {
            return false; // most subjects open with a noun: one look rules them out
        }

        while (!text.IsEmpty)
        {
            var verb = VerbAtStart(text);
            if (verb == 0)
            {
                return false;
            }

            text = text[verb..];
        }

        return true;
    }

    /// <summary><paramref name="subject"/> without the work verbs at its start and end: 县乡公路路面改善提升工程建成 →
    /// 县乡公路路面改善提升工程.</summary>
    public static string Noun(string subject, string foldedSubject)
    {
        int start = 0, end = foldedSubject.Length;
        for (var verb = VerbAtStart(foldedSubject.AsSpan(start, end - start)); verb > 0 && start + verb < end;
             verb = VerbAtStart(foldedSubject.AsSpan(start, end - start)))
        {
            start += verb;
        }

        for (var verb = VerbAtEnd(foldedSubject.AsSpan(start, end - start)); verb > 0 && end - verb > start;
             verb = VerbAtEnd(foldedSubject.AsSpan(start, end - start)))
        {
            end -= verb;
        }

        return subject[start..end];
    }

    private static int VerbAtStart(ReadOnlySpan<char> text)
    {
        foreach (var verb in Work)
        {
            if (text.StartsWith(verb, StringComparison.Ordinal))
            {
                return verb.Length;
            }
        }

        return 0;
    }

    private static int VerbAtEnd(ReadOnlySpan<char> text)
    {
        foreach (var verb in Work)
        {
            if (text.EndsWith(verb, StringComparison.Ordinal))
            {
                return verb.Length;
            }
        }

        return 0;
    }
}
