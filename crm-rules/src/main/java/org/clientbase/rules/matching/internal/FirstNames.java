package org.clientbase.rules.matching.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled table of first-name equivalents: the Russian, Ukrainian and English forms of one
 * first name and its common diminutives, so that Vladimir, Volodymyr, Wladimir and Vova, or
 * Aleksandr, Alexander, Oleksandr and Sasha, are taken for one name. Matching compares two first
 * names of one group as equal, and blocking keys name the group instead of the spelling.
 *
 * <p>Each line of {@link #TABLE} is one group: the forms are written as people write them, in
 * Latin or Cyrillic letters, and are folded as every name is (see {@link Skeleton}), so that a
 * group covers the usual transliterations of each form as well. A form belongs to one group
 * only: an ambiguous diminutive (Sasha for Aleksandra, Zhenya for Evgeniya) is given to the more
 * frequent name. Names that only transliteration tells apart (Viktor, Victor, Виктор) need no
 * line: folding already makes them one.
 */
final class FirstNames {
  private FirstNames() {}

  /** The groups, one a line. */
  static final List<String> TABLE = List.of(
      "Aleksandr Alexander Aleksander Alexandr Oleksandr Олександр Александр Sasha Саша Shura Шура Sanya Саня Alex Oleksa",
      "Aleksandra Alexandra Oleksandra Олександра Александра Sandra",
      "Vladimir Volodymyr Wladimir Wlodzimierz Volodimir Владимир Володимир Volodya Володя Vova Вова",
      "Sergey Sergei Sergej Serhiy Serhii Sergiy Serge Сергей Сергій Seryozha Серёжа Serezha",
      "Aleksey Alexey Alexei Aleksei Oleksiy Oleksii Олексій Алексей Alyosha Алёша Lyosha Лёша",
      "Andrey Andrei Andriy Andrii Andrew Андрей Андрій Andryusha Андрюша",
      "Dmitry Dmitriy Dmitri Dmytro Дмитрий Дмитро Dima Дима Mitya Митя",
      "Mikhail Mykhailo Michael Михаил Михайло Misha Миша Mike",
      "Nikolay Nikolai Mykola Nicholas Николай Микола Kolya Коля Nick",
      "Pavel Pavlo Paul Павел Павло Pasha Паша",
      "Petr Pyotr Petro Peter Пётр Петро Petya Петя Pete",
      "Yuriy Yuri Yury Yurii Iurii Юрий Юрій Yura Юра",
      "Evgeny Evgeniy Yevgeny Yevgeniy Yevhen Eugene Евгений Євген Zhenya Женя",
      "Grigoriy Grigory Hryhoriy Hryhorii Gregory Григорий Григорій Grisha Гриша",
      "Georgiy Georgy Heorhiy Heorhii George Георгий Георгій Zhora Жора",
      "Konstantin Kostiantyn Kostyantyn Constantine Константин Костянтин Kostya Костя",
      "Yakov Yakiv Jacob Яков Яків Yasha Яша",
      "Fedor Fyodor Fedir Theodore Фёдор Федір Fedya Федя",
      "Vasiliy Vasily Vasyl Basil Василий Василь Vasya Вася",
      "Oleg Oleh Олег",
      "Igor Ihor Игорь Ігор",
      "Gleb Hlib Глеб Гліб",
      "Stepan Stephen Степан",
      "Olga Olha Ольга Olya Оля",
      "Elena Yelena Olena Helen Helena Елена Олена Lena Лена",
      "Natalia Natalya Nataliya Natalie Наталья Наталия Наталія Natasha Наташа",
      "Ekaterina Yekaterina Kateryna Katerina Catherine Katherine Kathryn Екатерина Катерина Katya Катя Kate",
      "Mariya Maria Mary Мария Марія Masha Маша",
      "Anna Hanna Ganna Анна Ганна Anya Аня",
      "Tatiana Tatyana Tetiana Tetyana Татьяна Тетяна Tanya Таня",
      "Irina Iryna Irene Ирина Ірина Ira Ира",
      "Yuliya Yulia Julia Юлия Юлія Yulya Юля",
      "Svetlana Svitlana Светлана Світлана Sveta Света",
      "William Bill Will Billy",
      "Robert Bob Rob Bobby",
      "Richard Rick Dick",
      "James Jim Jimmy",
      "Elizabeth Elisabeth Liz Beth Betty Елизавета Yelizaveta",
      "Margaret Maggie Peggy",
      "Christopher Chris",
      "Thomas Tom Tommy",
      "Joseph Joe",
      "Daniel Dan Danny Даниил Danylo Данило");

  private static final Map<String, Integer> GROUPS = new HashMap<>();

  static {
    for (int group = 0; group < TABLE.size(); group++) {
      for (String form : TABLE.get(group).split(" ")) {
        String folded = Skeleton.of(form);
        Integer before = GROUPS.putIfAbsent(folded, group);
        if (before != null && before != group) {
          throw new IllegalStateException("first name " + form + " (" + folded + ") is in two groups");
        }
      }
    }
  }

  /**
   * Returns the group of a first name.
   *
   * @param folded the folded first name
   * @return the group's number, or -1 if the name is in no group
   */
  static int groupOf(String folded) {
    Integer group = GROUPS.get(folded);
    return group == null ? -1 : group;
  }
}
