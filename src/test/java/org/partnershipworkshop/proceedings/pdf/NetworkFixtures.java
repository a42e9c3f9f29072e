package org.partnershipworkshop.proceedings.pdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.partnershipworkshop.canvas.PartnerType;
import org.partnershipworkshop.proceedings.pdf.Overview.GroupRef;
import org.partnershipworkshop.proceedings.pdf.Overview.PartnerLine;

/**
 * Generated partner networks of the size of a large meeting: many partners of one group, fewer shared by
 * two or three, a few by many, with names as long as real ones. The same arguments give the same network.
 */
public final class NetworkFixtures {

    /** The groups and partners of a generated meeting. */
    public record Network(List<GroupSheet> groups, List<PartnerLine> partners) {
    }

    private static final String[] NAMES = {"Просвета", "Христо Ботев", "Васил Левски", "Родопи", "Изгрев", "Надежда",
            "Зора", "Светлина", "Чудомир", "Отец Паисий", "Братство", "Пробуда", "Възраждане", "Златен клас", "Хоп-троп",
            "Бъдеще", "Св. св. Кирил и Методий", "Еделвайс", "Съгласие", "Развитие"};
    private static final String[] TOWNS = {"Велинград", "Ракитово", "Пазарджик", "Батак", "Брацигово", "Пещера",
            "Сърница", "Белово", "Септември", "Лесичово", "Драгиново", "Юндола"};
    private static final Map<PartnerType, String[]> PATTERNS = Map.ofEntries(
            Map.entry(PartnerType.LIBRARY, new String[] {"Регионална библиотека „%s“ – %s", "Библиотека %2$s"}),
            Map.entry(PartnerType.COMMUNITY_CENTRE, new String[] {"НЧ „%s“ – %s", "Читалище „%s“"}),
            Map.entry(PartnerType.MUNICIPALITY, new String[] {"Община %2$s", "Кметство %2$s"}),
            Map.entry(PartnerType.GOVERNMENT_AGENCY, new String[] {"Дирекция „Бюро по труда“ – %2$s",
                    "Областна администрация %2$s", "Регионално управление на образованието"}),
            Map.entry(PartnerType.SCHOOL, new String[] {"ОУ „%s“ – %s", "Детска градина „%s“", "Професионална гимназия по туризъм"}),
            Map.entry(PartnerType.MUSEUM, new String[] {"Исторически музей – %2$s", "Къща музей „%s“"}),
            Map.entry(PartnerType.CULTURE, new String[] {"Ансамбъл „%s“", "Галерия „%s“ – %s"}),
            Map.entry(PartnerType.NGO, new String[] {"Сдружение „%s“", "Фондация „%s“ – %s", "Младежки център %2$s"}),
            Map.entry(PartnerType.BUSINESS, new String[] {"Хотел „%s“", "„%s“ ООД", "Туристическа агенция „%s“"}),
            Map.entry(PartnerType.MEDIA, new String[] {"Радио %2$s", "Вестник „%s“"}),
            Map.entry(PartnerType.CLUB, new String[] {"Клуб на пенсионера „%s“", "Туристическо дружество „%s“"}),
            Map.entry(PartnerType.VOLUNTEERS, new String[] {"Доброволци от %2$s", "Младежки доброволци"}),
            Map.entry(PartnerType.INDIVIDUALS, new String[] {"Родители", "Местни занаятчии", "Жители на %2$s"}),
            Map.entry(PartnerType.PROFESSIONALS, new String[] {"Психолози", "Юристи", "Социални работници от %2$s"}),
            Map.entry(PartnerType.OTHER, new String[] {"Други партньори"}));

    private NetworkFixtures() {
    }

    public static Network generate(int groupCount, int partnerCount, long seed) {
        Random random = new Random(seed);
        List<GroupSheet> groups = new ArrayList<>();
        for (int g = 1; g <= groupCount; g++) {
            groups.add(new GroupSheet(g, "Група " + g, List.of(), "Умна диаграма", 4, 3, List.of(), Map.of()));
        }
        PartnerType[] types = PartnerType.values();
        Set<String> names = new LinkedHashSet<>();
        List<PartnerLine> partners = new ArrayList<>();
        while (partners.size() < partnerCount) {
            PartnerType type = types[random.nextInt(types.length)];
            String[] patterns = PATTERNS.get(type);
            String name = String.format(patterns[random.nextInt(patterns.length)],
                    NAMES[random.nextInt(NAMES.length)], TOWNS[random.nextInt(TOWNS.length)]);
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int index = partners.size();
            double u = random.nextDouble();
            int degree = u < 0.68 ? 1 : u < 0.86 ? 2 : u < 0.95 ? 3 : 4 + random.nextInt(3);
            Set<Integer> served = new TreeSet<>();
            served.add(index < groupCount ? index + 1 : 1 + random.nextInt(groupCount)); // every group has a partner
            while (served.size() < Math.min(degree, groupCount)) {
                int first = served.iterator().next();
                served.add(random.nextBoolean()
                        ? 1 + Math.floorMod(first - 1 + random.nextInt(7) - 3, groupCount) // a neighbouring topic
                        : 1 + random.nextInt(groupCount));
            }
            List<GroupRef> refs = served.stream().map(g -> new GroupRef(g, "Група " + g)).toList();
            partners.add(new PartnerLine(name.toLowerCase(Locale.ROOT), name, type, List.of(), refs));
        }
        return new Network(groups, partners);
    }
}
