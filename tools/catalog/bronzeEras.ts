// What changed in bronze casting from one era to the next, Erligang to Eastern Han, said once for each record of that era.
import type { PeriodKey } from "./periods";
import { bi, type Bi } from "./records";

export const ERA_NOTES: Partial<Record<PeriodKey, Bi>> = {
  erligang: bi(
    "Erligang bronzes, named after a site at Zhengzhou, are thin-walled, with decoration in narrow bands.",
    "二里岗期青铜器得名于郑州二里岗遗址，器壁较薄，纹饰多为窄带状。",
  ),
  anyang: bi(
    "Bronzes like this were cast in sectional clay moulds near Anyang, the last Shang capital, for rites to the royal ancestors.",
    "此类青铜器在商代晚期都城安阳附近以陶范分铸，用于祭祀王室祖先。",
  ),
  westernZhouEarly: bi(
    "The early Zhou kings took over the Shang foundries and their craftsmen, and the shapes changed only slowly.",
    "西周初年周王接管了商人的铸铜作坊和工匠，器形的变化较为缓慢。",
  ),
  westernZhouMiddle: bi(
    "Western Zhou nobles cast long inscriptions into their vessels, recording royal gifts and appointments for their descendants to read at sacrifices.",
    "西周贵族常在铜器上铸长篇铭文，记录周王的赏赐与册命，供子孙在祭祀时诵读。",
  ),
  westernZhouLate: bi(
    "By the late Western Zhou, ritual reforms had fixed sets of matching vessels, and decoration grew broad and abstract.",
    "西周晚期的礼制改革确立了成套的礼器组合，纹饰趋于宽阔抽象。",
  ),
  springAutumn: bi(
    "As the Zhou kings lost power, the rival states cast their own bronzes, lighter and more ornate.",
    "随着周王室衰微，各诸侯国自铸铜器，器形轻巧，纹饰繁缛。",
  ),
  warringStates: bi(
    "Warring States foundries used pattern blocks, lost-wax casting and inlay of copper, gold and silver.",
    "战国铸铜作坊运用纹样模块、失蜡法以及红铜、金银镶嵌等工艺。",
  ),
  westernHan: bi(
    "In the Han, bronze vessels left the altar for the banquet and the tomb; plain surfaces, gilding and lacquer replaced dense cast decoration.",
    "汉代青铜器由祭坛走向宴饮与随葬，素面、鎏金与漆绘取代了繁密的铸纹。",
  ),
  easternHan: bi(
    "Eastern Han bronzes are mostly plain and practical; the finest casting went into mirrors.",
    "东汉青铜容器多素朴实用，最精湛的铸造工艺集中在铜镜上。",
  ),
};
