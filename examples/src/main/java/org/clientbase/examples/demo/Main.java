package org.clientbase.examples.demo;

import java.time.LocalDate;
import java.util.Arrays;
import org.clientbase.examples.cli.StatusesCommand;
import picocli.CommandLine;

/**
 * The entry point of {@code clientbase-demo.jar}: runs the demo, or, when the first argument
 * names one, the {@code statuses} command line, the {@code generate-csv} tool or the
 * {@code status-speed} and {@code nightly-speed} measurements.
 *
 * <pre>
 * java -jar clientbase-demo.jar                      the demo
 * java -jar clientbase-demo.jar statuses --help      the command line
 * java -jar clientbase-demo.jar generate-csv --help  CSV exports of a generated base
 * java -jar clientbase-demo.jar status-speed --help  the status batch's speed on PostgreSQL
 * java -jar clientbase-demo.jar nightly-speed --help the nightly run against a full one on PostgreSQL
 * </pre>
 */
public final class Main {
  private Main() {}

  /**
   * Runs the demo or the command named by the first argument, and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the demo or the command named by the first argument.
   *
   * @param args the command line
   * @return the exit code
   */
  public static int run(String... args) {
    if (args.length > 0 && args[0].equals("statuses")) {
      return StatusesCommand.run(Arrays.copyOfRange(args, 1, args.length));
    }
    if (args.length > 0 && args[0].equals("status-speed")) {
      return command(new StatusSpeedCommand()).execute(Arrays.copyOfRange(args, 1, args.length));
    }
    if (args.length > 0 && args[0].equals("nightly-speed")) {
      return command(new NightlySpeedCommand()).execute(Arrays.copyOfRange(args, 1, args.length));
    }
    if (args.length > 0 && args[0].equals("generate-csv")) {
      return command(new GenerateCsvCommand()).execute(Arrays.copyOfRange(args, 1, args.length));
    }
    String[] rest = args.length > 0 && args[0].equals("demo") ? Arrays.copyOfRange(args, 1, args.length) : args;
    return command(new DemoCommand()).execute(rest);
  }

  static CommandLine command(Object command) {
    CommandLine line = new CommandLine(command);
    line.registerConverter(LocalDate.class, Main::date);
    line.setParameterExceptionHandler(Main::oneLine);
    return line;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      String shown = text.length() <= 64 ? text : text.substring(0, 64) + "...";
      throw new CommandLine.TypeConversionException("'" + shown + "' is not a date written yyyy-mm-dd");
    }
  }

  /**
   * Says what is wrong with the command line in one line, with a pointer to the help, instead of
   * the whole usage.
   *
   * @param e the problem
   * @param args the command line
   * @return the exit code for wrong options
   */
  static int oneLine(CommandLine.ParameterException e, String[] args) {
    CommandLine line = e.getCommandLine();
    String message = e.getMessage() == null ? "wrong options" : e.getMessage().lines().findFirst().orElse("");
    if (message.length() > 300) {
      message = message.substring(0, 300) + " ...";
    }
    line.getErr().println(line.getCommandName() + ": " + message + " (--help lists the options)");
    return line.getCommandSpec().exitCodeOnInvalidInput();
  }
}
