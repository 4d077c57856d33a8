using System.Text.Json;
using ReportFunctions.Http;
using ReportFunctions.Submissions;

namespace ReportFunctions.Tests.Http;

public sealed class ApiJsonContextTests
{
    [Fact]
    public void Web_WritesChineseAndPlusAsIs_AndEscapesWhatIsSpecialInHtml()
    {
        var response = new ValidationResponse(false,
            [new ErrorItem("balance", "error", "applications.results.total", "3154（3120+34）≠ 3155 </script><b a='x' b=\"y\">&amp;")]);

        var json = JsonSerializer.Serialize(response, ApiJsonContext.Web.ValidationResponse);

        Assert.Contains("3154（3120+34）≠ 3155", json, StringComparison.Ordinal);
        Assert.Contains(@"\u003C/script\u003E\u003Cb a=\u0027x\u0027 b=\u0022y\u0022\u003E\u0026amp;", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Equal(response.Errors[0].Message,
            JsonSerializer.Deserialize(json, ApiJsonContext.Web.ValidationResponse)!.Errors[0].Message);
    }
}
