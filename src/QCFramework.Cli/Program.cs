using QCFramework.Cli.Hosting;

return QcfApp.Run(args, Console.Out, Console.Error);
