namespace ReportFunctions.Cli;

/// <summary>A parsed command: <c>validate FILE [--json] [--previous FILE]</c> or <c>render FILE -o OUT.pdf [--png OUT.png]</c>.</summary>
internal sealed record CommandLine(string Name, string File, bool Json, string? Previous, string? Output, string? Png)
{
    public static bool TryParse(string[] args, out CommandLine command, out string error)
    {
        command = new CommandLine("", "", false, null, null, null);
        error = "";
        var name = args[0];
        if (name is not ("validate" or "render"))
        {
            error = $"未知命令“{name}” / unknown command '{name}'";
            return false;
        }
        string? file = null, previous = null, output = null, png = null;
        var json = false;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            switch (name, arg)
            {
                case ("validate", "--json"):
                    json = true;
                    break;
                case ("validate", "--previous"):
                case ("render", "-o" or "--output"):
                case ("render", "--png"):
                    if (i + 1 >= args.Length)
                    {
                        error = $"{arg} 后缺少文件名 / {arg} needs a file name";
                        return false;
                    }
                    var value = args[++i];
                    if (arg == "--previous")
                        previous = value;
                    else if (arg == "--png")
                        png = value;
                    else
                        output = value;
                    break;
                default:
                    if (arg.StartsWith('-') || file is not null)
                    {
                        error = $"无法识别的参数“{arg}” / unexpected argument '{arg}'";
                        return false;
                    }
                    file = arg;
                    break;
            }
        }
        if (file is null)
        {
            error = $"缺少报告文件 / {name} needs a report FILE";
            return false;
        }
        if (name == "render" && output is null)
        {
            error = "缺少 -o OUT.pdf / render needs -o OUT.pdf";
            return false;
        }
        command = new CommandLine(name, file, json, previous, output, png);
        return true;
    }
}
