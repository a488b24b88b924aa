// The studio's own words, in English and Chinese (the lessons and the judge's feedback carry theirs).
import { wordsOf, type StringTable } from "../strings";

export const INK_STRINGS = {
  title: { en: "Calligraphy studio", zh: "书法工作室" },
  lesson: { en: "Lesson", zh: "课程" },
  traced: { en: "Traced (outline shown)", zh: "描红（显示轮廓）" },
  free: { en: "Free (no outline)", zh: "临写（不显示轮廓）" },
  showStroke: { en: "Show the next stroke", zh: "示范下一笔" },
  clear: { en: "New sheet", zh: "换一张纸" },
  save: { en: "Save the sheet (PNG)", zh: "保存作品（PNG）" },
  hide: { en: "Hide the sheet", zh: "收起纸张" },
  show: { en: "Write at the desk", zh: "到书案前写字" },
  traditional: { en: "Traditional form", zh: "繁体字形" },
  due: { en: "Stroke {n} of {count}", zh: "第 {n} 笔，共 {count} 笔" },
  complete: { en: "Complete: {score}% of strokes right at the first try.", zh: "写完了：{score}% 的笔画一次写对。" },
  start: { en: "Write the first stroke on the sheet.", zh: "请在纸上写第一笔。" },
  vrStart: {
    en: "Hold the controller's tip on the paper and pull the trigger to write; let go to lift the brush.",
    zh: "手柄前端贴着纸面，扣下扳机写字；松开扳机即收笔。",
  },
  honest: {
    en: "How this judge works: it compares each stroke's geometry (start, end, direction, length, shape, order) and timing (speed, pen pressure) with the model's stroke data. It is a set of measurements, not a neural network, and not a teacher's eye.",
    zh: "评判方式：把每一笔的几何特征（起止、方向、长度、形状、笔顺）和运笔时间（速度、笔压）与范字笔画数据比较。这是一组测量规则，不是神经网络，也代替不了老师的眼睛。",
  },
  principles: { en: "The eight principles of 永", zh: "永字八法" },
  progress: { en: "Written before: {chars}", zh: "已写过：{chars}" },
  dataNotice: {
    en: "Stroke data: Make Me a Hanzi / Arphic PL (licence)",
    zh: "笔画数据：Make Me a Hanzi／文鼎公众授权（许可证）",
  },
} satisfies StringTable;

export const inkWords = wordsOf(INK_STRINGS);
