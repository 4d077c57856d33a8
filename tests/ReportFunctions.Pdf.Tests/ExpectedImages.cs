using SkiaSharp;

namespace ReportFunctions.Pdf.Tests;

/// <summary>
/// A rendered page against a checked-in image: channel difference ≤ 8 on all but 0.05 % of pixels. After an
/// intended change of the look, set UPDATE_EXPECTED_IMAGES=1, run once, and review the new images.
/// </summary>
internal static class ExpectedImages
{
    public static void AssertMatches(byte[] png, string expectedPath)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_EXPECTED_IMAGES") == "1")
            File.WriteAllBytes(expectedPath, png);

        Assert.True(File.Exists(expectedPath), $"no expected image {expectedPath}");
        using var actual = SKBitmap.Decode(png);
        using var expected = SKBitmap.Decode(expectedPath);
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));
        var differing = 0;
        for (var y = 0; y < actual.Height; y++)
        {
            for (var x = 0; x < actual.Width; x++)
            {
                SKColor a = actual.GetPixel(x, y), e = expected.GetPixel(x, y);
                if (Math.Abs(a.Red - e.Red) > 8 || Math.Abs(a.Green - e.Green) > 8 || Math.Abs(a.Blue - e.Blue) > 8)
                    differing++;
            }
        }
        Assert.True(differing <= actual.Width * actual.Height * 0.0005, $"{differing} pixels differ from {expectedPath}");
    }
}
